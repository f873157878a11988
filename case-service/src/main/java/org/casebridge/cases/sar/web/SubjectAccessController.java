package org.casebridge.cases.sar.web;

import static org.casebridge.cases.incident.api.CaseLimits.MAX_TEXT_LENGTH;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.casebridge.cases.sar.disclosure.SubjectAccessBundle;
import org.casebridge.cases.sar.disclosure.SubjectAccessRequests;
import org.casebridge.cases.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subject access requests (UK GDPR Art 15; ADR 0057): the school's DSL starts one for a child of a case, reads the
 * draft with every redaction and its reason, withholds more, releases it, and downloads the PDF and the JSON bundle
 * exactly as released. Every read and download is in the access log (the request id in the case id's place). Anyone
 * but a DSL: 403 {@code dsl-only}; another school's request or case: 404.
 */
@RestController
@Tag(name = "Subject access", description = "A child's record disclosed to them, third parties withheld")
public class SubjectAccessController {

    private final SubjectAccessRequests requests;

    public SubjectAccessController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    public record StartRequest(
            @NotBlank @Size(max = 200) @Schema(example = "The child's mother, by letter of 1 December 2026")
            String requester,

            @NotBlank
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "Subject access request under UK GDPR Art 15, identity checked in person")
            String reason) {}

    public record RequestStarted(String requestId) {}

    public record AddRedaction(
            @NotBlank @Size(max = DisclosureViolations.MAX_PHRASE) @Schema(example = "Mr Evans from the corner shop")
            String phrase,

            @NotBlank
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "A neighbour named in the rationale: third-party information")
            String reason) {}

    public record RedactionAdded(boolean added) {}

    public record Release(
            @NotBlank
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "Reviewed with the headteacher: every third party is withheld, nothing else is")
            String rationale) {}

    public record Released(Instant releasedAt, boolean alreadyReleased, String pdfSha256, String jsonSha256) {}

    /** A request with its draft disclosure, built now. */
    public record Draft(RequestView request, SubjectAccessBundle draft) {}

    @PostMapping("/api/cases/{caseId}/children/{childRef}/subject-access-requests")
    @Operation(
            summary = "Start a subject access request for one child of a case",
            description = "422 unknown-child, requester-required, rationale-required; 409 subject-identities-erased"
                    + " (the case's names and dates of birth were erased).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the request")
    public ResponseEntity<RequestStarted> start(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            @Valid @RequestBody StartRequest request) {
        UUID requestId = requests.start(actor.actedBy(), caseId, childRef, request.requester(), request.reason());
        return ResponseEntity.created(URI.create("/api/subject-access-requests/" + requestId))
                .body(new RequestStarted(requestId.toString()));
    }

    @GetMapping("/api/subject-access-requests/{requestId}")
    @RecordsAccess(value = "subject-access-draft", caseIdVariable = "requestId")
    @Operation(
            summary = "A request and its draft disclosure, with what is withheld and why",
            description = "Built from the case as it stands now. The DSL of the case's school only.")
    public Draft draft(Actor actor, @PathVariable UUID requestId) {
        return new Draft(requests.request(actor.actedBy(), requestId), requests.draft(actor.actedBy(), requestId));
    }

    @PostMapping("/api/subject-access-requests/{requestId}/redactions")
    @Operation(
            summary = "Withhold a phrase of free text (a third party named in it) wherever the disclosure shows it",
            description = "422 redaction-phrase-invalid, rationale-required; 409 subject-access-already-released. A"
                    + " phrase already withheld answers added false.")
    public RedactionAdded addRedaction(
            Actor actor, @PathVariable UUID requestId, @Valid @RequestBody AddRedaction request) {
        return new RedactionAdded(
                requests.addRedaction(actor.actedBy(), requestId, request.phrase(), request.reason()));
    }

    @PostMapping("/api/subject-access-requests/{requestId}/release")
    @Operation(
            summary = "Release the disclosure as reviewed: a disclosure event with the hashes of the PDF and the JSON",
            description = "422 rationale-required; 409 share-records-unavailable (notification-service did not"
                    + " answer). A second release answers the first with alreadyReleased true.")
    public Released release(Actor actor, @PathVariable UUID requestId, @Valid @RequestBody Release request) {
        DisclosureRelease released = requests.release(actor.actedBy(), requestId, request.rationale());
        return new Released(
                released.releasedAt(), released.alreadyReleased(), released.pdfSha256(), released.jsonSha256());
    }

    @GetMapping(value = "/api/subject-access-requests/{requestId}/disclosure.pdf", produces = "application/pdf")
    @RecordsAccess(value = "subject-access-disclosure-pdf", caseIdVariable = "requestId")
    @Operation(
            summary = "The released PDF, exactly as released",
            description = "409 disclosure-not-released; 409 disclosure-erased.")
    public ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID requestId) {
        return requests.download(actor.actedBy(), requestId, Format.PDF).download();
    }

    @GetMapping(value = "/api/subject-access-requests/{requestId}/disclosure.json", produces = "application/json")
    @RecordsAccess(value = "subject-access-disclosure-json", caseIdVariable = "requestId")
    @Operation(
            summary = "The released JSON bundle, exactly as released",
            description = "409 disclosure-not-released; 409 disclosure-erased.")
    public ResponseEntity<byte[]> json(Actor actor, @PathVariable UUID requestId) {
        return requests.download(actor.actedBy(), requestId, Format.JSON).download();
    }
}
