package org.casebridge.cases.transfer.web;

import static org.casebridge.cases.incident.api.CaseLimits.MAX_TEXT_LENGTH;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.transfer.api.ChildRecordReceipt;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.casebridge.cases.transfer.query.TransferQueries;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Child protection file transfer (KCSIE; ADR 0054). The DSL of the school a child leaves sends the child's part of a
 * case to the new school by URN; the new school's DSL lists what it received, opens the record (recorded in the access
 * log) and confirms receipt, which the sending case shows. Writes are a DSL's (403 {@code dsl-only} for anyone else);
 * a transfer is the receiving school's record: 404 for every other school, as for one that does not exist.
 */
@RestController
@Tag(name = "Transfers", description = "A child's child protection file sent to the school the child moves to")
public class TransferController {

    private final ChildRecordTransfers transfers;
    private final TransferQueries queries;

    public TransferController(ChildRecordTransfers transfers, TransferQueries queries) {
        this.transfers = transfers;
        this.queries = queries;
    }

    /** The transfer to start. */
    public record StartTransfer(
            @NotBlank
            @Pattern(regexp = "[0-9]{6,8}", message = "must be a school's URN (six to eight digits)")
            @Schema(example = "100001", description = "the URN of the school the child moves to")
            String toSchoolUrn,

            @NotBlank
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "child-1 moved to Clapton Park Academy on 1 December; the family moved to Hackney")
            String reason,

            @Schema(
                    example = "2026-12-01",
                    description = "the day the child starts at the new school (today if left out); receipt is due"
                            + " within five school days of it")
            LocalDate childStartedOn) {}

    /** The id of a transfer just started. */
    public record TransferStarted(String transferId) {}

    /** The answer to a confirmation of receipt; {@code alreadyConfirmed} when an earlier click confirmed it. */
    public record ReceiptConfirmed(String transferId, Instant confirmedAt, boolean alreadyConfirmed) {}

    @PostMapping("/api/cases/{caseId}/children/{childRef}/transfers")
    @Operation(
            summary = "Send a child's record to the school the child moves to",
            description = "422 unknown-school (not in the school reference data), transfer-to-own-school,"
                    + " unknown-child, rationale-required; 409 personal-details-already-erased, transfer-already-open"
                    + " (that child to that school, receipt awaited).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the receiving school's record")
    public ResponseEntity<TransferStarted> start(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            @Valid @RequestBody StartTransfer request) {
        UUID transferId = transfers.start(
                new CaseId(caseId),
                actor.actedBy(),
                childRef,
                request.toSchoolUrn(),
                request.childStartedOn(),
                request.reason());
        return ResponseEntity.created(URI.create("/api/transfers/" + transferId))
                .body(new TransferStarted(transferId.toString()));
    }

    @GetMapping("/api/transfers")
    @RecordsAccess(value = "transfer-list", caseIdVariable = "")
    @Operation(
            summary = "The records the reader's school received (INCOMING) or sent (OUTGOING), or both (ALL)",
            description = "Police, agencies and operators: an empty list.")
    public List<TransferQueries.TransferSummary> list(
            Actor actor,
            @Parameter(description = "incoming, outgoing or all (any case)", example = "incoming")
                    @RequestParam(defaultValue = "all")
                    String direction) {
        return queries.transfers(CaseScope.of(actor), TransferQueries.Direction.parse(direction));
    }

    @GetMapping("/api/transfers/{transferId}")
    @RecordsAccess(value = "transferred-child-record", caseIdVariable = "transferId")
    @Operation(
            summary = "Open a record the reader's school received, with the child's identity",
            description = "The receiving school's DSL or auditor; 404 for anyone else.")
    public TransferQueries.TransferredRecordView record(Actor actor, @PathVariable UUID transferId) {
        return queries.record(transferId, CaseScope.of(actor));
    }

    @PostMapping("/api/transfers/{transferId}/receipt")
    @Operation(
            summary = "Confirm receipt of a record the reader's school received",
            description = "The sending case shows the receipt and its reminder stops. A second confirmation changes"
                    + " nothing and answers alreadyConfirmed. 404 for any school but the receiving one.")
    public ReceiptConfirmed confirmReceipt(Actor actor, @PathVariable UUID transferId) {
        ChildRecordReceipt receipt = transfers.confirmReceipt(transferId, actor.actedBy());
        return new ReceiptConfirmed(transferId.toString(), receipt.confirmedAt(), receipt.alreadyConfirmed());
    }
}
