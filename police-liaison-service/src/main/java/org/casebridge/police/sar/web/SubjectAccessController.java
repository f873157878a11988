package org.casebridge.police.sar.web;

import static org.casebridge.police.escalation.web.EscalationRequests.MAX_TEXT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.sar.disclosure.SubjectAccessBundle;
import org.casebridge.police.sar.disclosure.SubjectAccessRequests;
import org.casebridge.police.sar.query.SubjectAccessQueries.RequestView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subject access requests to the force (UK GDPR Art 15; ADR 0066): a supervisor of the escalation's force starts one
 * for a child of the escalation, reads the draft with every redaction and its reason, withholds more, releases it once,
 * and downloads the PDF and the JSON bundle exactly as released. Every read and download is in the access log. Anyone
 * but a supervisor: 403 {@code supervisor-required}; another force's escalation, or a request of another escalation:
 * 404.
 */
@RestController
@RequestMapping("/api/escalations/{caseId}/subject-access-requests")
@Tag(name = "Subject access", description = "What the force holds about a child, third parties withheld")
class SubjectAccessController {

    private final SubjectAccessRequests requests;

    SubjectAccessController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    public record StartRequest(
            @NotBlank @Size(max = 32) @Schema(example = "child-1")
            String childRef,

            @NotBlank @Size(max = 200) @Schema(example = "The child's mother, by letter of 1 December 2026")
            String requester,

            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "Subject access request under UK GDPR Art 15, identity checked at the front counter")
            String reason) {}

    public record Created(
            @Schema(example = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b")
            String id) {}

    public record AddRedaction(
            @NotBlank @Size(max = DisclosureViolations.MAX_PHRASE) @Schema(example = "Mr Evans from the corner shop")
            String phrase,

            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "A neighbour named in the rationale: third-party information")
            String reason) {}

    public record RedactionAdded(boolean added) {}

    public record Release(
            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "Reviewed with the force's data protection officer: every third party is withheld")
            String rationale) {}

    public record Released(Instant releasedAt, boolean alreadyReleased, String pdfSha256, String jsonSha256) {}

    /** A request with its draft disclosure, built now. */
    public record Draft(RequestView request, SubjectAccessBundle draft) {}

    @PostMapping
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @Operation(
            summary = "Start a subject access request for one child of the escalation",
            description = "A supervisor of the escalation's force. 422 unknown-child, requester-required,"
                    + " rationale-required (at least 20 characters); 409 subject-identities-erased once the"
                    + " escalation's personal data was erased on its review (ADR 0069).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the request")
    ResponseEntity<Created> start(Actor actor, @PathVariable String caseId, @Valid @RequestBody StartRequest request) {
        String requestId = requests.start(actor, caseId, request.childRef(), request.requester(), request.reason());
        return ResponseEntity.created(
                        URI.create("/api/escalations/" + caseId + "/subject-access-requests/" + requestId))
                .body(new Created(requestId));
    }

    @GetMapping
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-requests")
    @Operation(summary = "The escalation's subject access requests, newest first")
    List<RequestView> list(Actor actor, @PathVariable String caseId) {
        return requests.ofCase(actor, caseId);
    }

    @GetMapping("/{requestId}")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-draft")
    @Operation(
            summary = "A request and its draft disclosure, with what is withheld and why",
            description = "Built from the force's records as they stand now.")
    Draft draft(Actor actor, @PathVariable String caseId, @PathVariable String requestId) {
        return new Draft(requests.request(actor, caseId, requestId), requests.draft(actor, caseId, requestId));
    }

    @PostMapping("/{requestId}/redactions")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @Operation(
            summary = "Withhold a phrase of free text (a third party named in it) wherever the disclosure shows it",
            description = "422 redaction-phrase-invalid, rationale-required; 409 subject-access-already-released. A"
                    + " phrase already withheld answers added false.")
    RedactionAdded addRedaction(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String requestId,
            @Valid @RequestBody AddRedaction request) {
        return new RedactionAdded(requests.addRedaction(actor, caseId, requestId, request.phrase(), request.reason()));
    }

    @PostMapping("/{requestId}/release")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @Operation(
            summary = "Release the disclosure as reviewed: a disclosure event with the hashes of the PDF and the JSON",
            description = "422 rationale-required. A second release by the force changes nothing and answers the first"
                    + " (the same releasedAt and hashes) with alreadyReleased true (ADR 0090).")
    Released release(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String requestId,
            @Valid @RequestBody Release request) {
        DisclosureRelease released = requests.release(actor, caseId, requestId, request.rationale());
        return new Released(
                released.releasedAt(), released.alreadyReleased(), released.pdfSha256(), released.jsonSha256());
    }

    @GetMapping(value = "/{requestId}/disclosure.pdf", produces = "application/pdf")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-disclosure-pdf")
    @Operation(summary = "The released PDF, exactly as released", description = "409 disclosure-not-released.")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable String caseId, @PathVariable String requestId) {
        return requests.download(actor, caseId, requestId, Format.PDF).download();
    }

    @GetMapping(value = "/{requestId}/disclosure.json", produces = "application/json")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-disclosure-json")
    @Operation(summary = "The released JSON bundle, exactly as released", description = "409 disclosure-not-released.")
    ResponseEntity<byte[]> json(Actor actor, @PathVariable String caseId, @PathVariable String requestId) {
        return requests.download(actor, caseId, requestId, Format.JSON).download();
    }
}
