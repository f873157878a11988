package org.casebridge.cases.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.CloseCaseCommand;
import org.casebridge.cases.incident.api.ConfirmChildDeletionCommand;
import org.casebridge.cases.incident.api.EscalateCaseCommand;
import org.casebridge.cases.incident.api.HandleInSchoolCommand;
import org.casebridge.cases.incident.api.RecordAdultInPositionOfTrustCommand;
import org.casebridge.cases.incident.api.RecordDeletionBySchoolCommand;
import org.casebridge.cases.incident.api.RecordDeviceConfiscatedCommand;
import org.casebridge.cases.incident.api.RecordDeviceExaminedCommand;
import org.casebridge.cases.incident.api.RecordDeviceHandedToPoliceCommand;
import org.casebridge.cases.incident.api.RecordDeviceReturnedCommand;
import org.casebridge.cases.incident.api.RecordExceptionalViewingCommand;
import org.casebridge.cases.incident.api.RecordInitialReviewCommand;
import org.casebridge.cases.incident.api.RecordParentsInformedCommand;
import org.casebridge.cases.incident.api.RecordParentsNotInformedCommand;
import org.casebridge.cases.incident.api.RecordSupportCommand;
import org.casebridge.cases.incident.api.ReferCaseCommand;
import org.casebridge.cases.incident.api.ReferToLadoCommand;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.incident.api.ReviewAttendee;
import org.casebridge.cases.incident.api.ReviewConsiderations;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.command.IncidentIntake;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseFilter;
import org.casebridge.cases.incident.query.CaseHistory;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseSummaryView;
import org.casebridge.cases.incident.query.CaseTimelineView;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DSL's case API. Every write is a command carrying the actor and is a school DSL's alone ({@link DslOnlyWrites}:
 * 403 for anyone else); the school of a new case is the actor's organisation, and a DSL acts on their own school's
 * cases only (404 otherwise). Reads come from projections, which follow the writes within moments, within the
 * reader's {@link CaseScope}: a DSL their school's cases, an auditor their own school's, police and agencies none (an
 * empty list, 404 for a case). Each read that returns data is recorded in the platform's access log.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "A school's safeguarding cases: report, initial review, decisions, closure")
public class CaseController {

    private final IncidentIntake intake;
    private final CaseCommands cases;
    private final CaseViewQueries queries;
    private final CaseHistory history;

    public CaseController(IncidentIntake intake, CaseCommands cases, CaseViewQueries queries, CaseHistory history) {
        this.intake = intake;
        this.cases = cases;
        this.queries = queries;
        this.history = history;
    }

    /** The id of a case just reported, and its reference for people (ADR 0048). */
    public record CaseCreated(
            String caseId,

            @Schema(example = "CPA-2026-0042", description = "the case's reference for people")
            String reference) {}

    @PostMapping
    @Operation(
            summary = "Report an incident",
            description = "Starts a case for the actor's school. Personal details are encrypted under a new case key;"
                    + " events and Kafka carry the child refs only. The initial review becomes due.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the case")
    public ResponseEntity<CaseCreated> report(Actor actor, @Valid @RequestBody CaseRequests.ReportIncident request) {
        CaseId caseId = new CaseId(UUID.randomUUID());
        Map<String, PersonalDetails> personalDetails = new LinkedHashMap<>();
        List<ChildInvolved> children = new ArrayList<>();
        for (CaseRequests.Child child : request.children()) {
            children.add(new ChildInvolved(child.ref(), child.age(), child.yearGroup(), child.roles(), child.flags()));
            CaseRequests.PersonalDetails details = child.personalDetails();
            if (details != null) {
                personalDetails.put(
                        child.ref(),
                        new PersonalDetails(
                                details.givenName(), details.familyName(), details.dateOfBirth(), details.upn()));
            }
        }
        String reference = intake.report(
                new ReportIncidentCommand(
                        caseId,
                        actor.actedBy(),
                        request.howCameToLight(),
                        request.cameToLightAt(),
                        request.imagery(),
                        request.imageryNotes(),
                        request.platforms(),
                        request.spread(),
                        request.mayHaveReachedInternet(),
                        request.onSchoolDeviceOrNetwork(),
                        children,
                        request.summary()),
                personalDetails);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId))
                .body(new CaseCreated(caseId.toString(), reference));
    }

    @PostMapping("/{caseId}/initial-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record the initial review",
            description = "Each of the five immediate-referral criteria must be answered true or false.")
    public void initialReview(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.InitialReview request) {
        CaseRequests.Considerations c = request.considerations();
        cases.send(new RecordInitialReviewCommand(
                new CaseId(caseId),
                actor.actedBy(),
                request.heldAt(),
                request.attendees().stream()
                        .map(a -> new ReviewAttendee(a.name(), a.role()))
                        .toList(),
                request.criteria(),
                new ReviewConsiderations(
                        c.riskNow(),
                        c.viewingNeeded(),
                        c.spreadAssessment(),
                        c.deletionPlan(),
                        c.otherSchoolsInvolved(),
                        c.informParents()),
                request.notes()));
    }

    @PostMapping("/{caseId}/handle-in-school")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Decide to handle the case in school",
            description = "Refused with 422 referral-required, naming the criteria, when any criterion is met;"
                    + " 422 rationale-required without a rationale.")
    public void handleInSchool(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.HandleInSchool request) {
        cases.send(new HandleInSchoolCommand(new CaseId(caseId), actor.actedBy(), request.rationale()));
    }

    @PostMapping("/{caseId}/referral")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Refer to the police and/or children's social care",
            description = "The local authority and force come from the school reference data; publishes"
                    + " org.casebridge.school.referral-made.v1 without personal data.")
    public void refer(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Referral request) {
        cases.send(new ReferCaseCommand(new CaseId(caseId), actor.actedBy(), request.referredTo(), request.reasons()));
    }

    @PostMapping("/{caseId}/adults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record an adult in a position of trust who is or may be involved",
            description = "Role and employer's kind only (KCSIE Part 4, ADR 0055). Starts the one working day in which"
                    + " the case must be referred to the LADO, and meets the criterion \"an adult is involved\": a"
                    + " case handled in school must then be escalated to the police. 422 rationale-required,"
                    + " 422 required-detail-missing without role or employer, 409 case-closed.")
    public void recordAdult(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.AdultInPositionOfTrust request) {
        cases.send(new RecordAdultInPositionOfTrustCommand(
                new CaseId(caseId), actor.actedBy(), request.role(), request.employer(), request.rationale()));
    }

    @PostMapping("/{caseId}/lado-referral")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Refer the case's adults in a position of trust to the LADO of the school's area",
            description = "Publishes org.casebridge.school.lado-referral-made.v1 (roles and refs only) and stops the"
                    + " clock. 422 no-adult-in-position-of-trust before an adult is recorded. When every adult recorded"
                    + " was referred, a second referral changes nothing and answers 204 again (ADR 0090).")
    public void referToLado(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.LadoReferral request) {
        cases.send(new ReferToLadoCommand(new CaseId(caseId), actor.actedBy(), request.rationale()));
    }

    @PostMapping("/{caseId}/escalations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Escalate with new information",
            description = "At any time, including after handling in school (published as a referral) or closing"
                    + " (reopens the case).")
    public void escalate(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Escalation request) {
        cases.send(new EscalateCaseCommand(
                new CaseId(caseId),
                actor.actedBy(),
                request.referredTo(),
                request.criteriaNowMet() == null ? Set.of() : request.criteriaNowMet(),
                request.newInformation()));
    }

    @PostMapping("/{caseId}/parents")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record parents or carers informed, or not informed with the reason")
    public void parents(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Parents request) {
        if (request.informed()) {
            cases.send(new RecordParentsInformedCommand(
                    new CaseId(caseId),
                    actor.actedBy(),
                    request.childRef(),
                    request.whoWasInformed(),
                    request.informedAt(),
                    request.method(),
                    request.notes()));
        } else {
            cases.send(new RecordParentsNotInformedCommand(
                    new CaseId(caseId), actor.actedBy(), request.childRef(), request.reasonNotInformed()));
        }
    }

    @PostMapping("/{caseId}/viewings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record an exceptional viewing of the imagery by the DSL", description = "A record only.")
    public void viewing(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Viewing request) {
        cases.send(new RecordExceptionalViewingCommand(
                new CaseId(caseId),
                actor.actedBy(),
                request.viewedAt(),
                request.headteacherConsulted(),
                request.witnessName(),
                request.witnessDidNotView(),
                request.onSchoolPremises(),
                request.reason(),
                request.whatFollowed()));
    }

    @PostMapping("/{caseId}/devices")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a confiscated device")
    public void confiscate(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Confiscation request) {
        cases.send(new RecordDeviceConfiscatedCommand(
                new CaseId(caseId),
                actor.actedBy(),
                request.deviceRef(),
                request.description(),
                request.ownerChildRef(),
                request.confiscatedBy(),
                request.storedWhere(),
                request.notes()));
    }

    @PostMapping("/{caseId}/devices/{deviceRef}/examination")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record an examination under Education Act 1996 s.550ZC, with the good reason")
    public void examine(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            @Valid @RequestBody CaseRequests.Examination request) {
        cases.send(new RecordDeviceExaminedCommand(
                new CaseId(caseId), actor.actedBy(), deviceRef, request.goodReason(), request.findings()));
    }

    @PostMapping("/{caseId}/devices/{deviceRef}/handover")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a device handed to the police, with the exhibit reference")
    public void handOver(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            @Valid @RequestBody CaseRequests.Handover request) {
        cases.send(new RecordDeviceHandedToPoliceCommand(
                new CaseId(caseId),
                actor.actedBy(),
                deviceRef,
                request.handedTo(),
                request.handedOverAt(),
                request.exhibitRef(),
                request.notes()));
    }

    @PostMapping("/{caseId}/devices/{deviceRef}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record deletion under the school's powers",
            description = "Refused with 409 deletion-while-referred while a police referral is open, unless the"
                    + " police decided not to seize and left deletion to the school.")
    public void delete(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            @Valid @RequestBody CaseRequests.Deletion request) {
        cases.send(
                new RecordDeletionBySchoolCommand(new CaseId(caseId), actor.actedBy(), deviceRef, request.rationale()));
    }

    @PostMapping("/{caseId}/devices/{deviceRef}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a device returned")
    public void returnDevice(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            @Valid @RequestBody CaseRequests.Return request) {
        cases.send(new RecordDeviceReturnedCommand(
                new CaseId(caseId), actor.actedBy(), deviceRef, request.returnedTo(), request.rationale()));
    }

    @PostMapping("/{caseId}/children/{childRef}/own-deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that a child deleted the imagery themselves and confirmed it")
    public void ownDeletion(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            @Valid @RequestBody CaseRequests.OwnDeletion request) {
        cases.send(
                new ConfirmChildDeletionCommand(new CaseId(caseId), actor.actedBy(), childRef, request.confirmation()));
    }

    @PostMapping("/{caseId}/support")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record support given to a child")
    public void support(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Support request) {
        cases.send(new RecordSupportCommand(
                new CaseId(caseId), actor.actedBy(), request.childRef(), request.supportType(), request.description()));
    }

    @PostMapping("/{caseId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Close the case with an outcome summary",
            description = "Refused while an adult in a position of trust waits for the referral to the LADO (409"
                    + " lado-referral-pending), or while a parents decision, a device decision or (for a referral to"
                    + " police) the police outcome is missing, unless the DSL records why the outcome is not awaited.")
    public void close(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Closure request) {
        cases.send(new CloseCaseCommand(
                new CaseId(caseId),
                actor.actedBy(),
                request.outcomeSummary(),
                request.policeOutcomeNotAwaitedReason()));
    }

    @GetMapping
    @RecordsAccess(value = "case-list", caseIdVariable = "")
    @Operation(
            summary = "List the cases the reader may see",
            description = "A DSL's or an auditor's own school's cases; an empty list for police and"
                    + " agencies, whose cases are in their own services. Newest first; filter OPEN, AWAITING_POLICE,"
                    + " OVERDUE (initial review late), CLOSED, TRANSFER_OVERDUE (a child's record sent to a new school"
                    + " without receipt in five school days), LADO_REFERRAL_OVERDUE (an adult in a position of trust"
                    + " recorded and the LADO not referred to within one working day) or ALL.")
    public List<CaseSummaryView> list(Actor actor, @RequestParam(defaultValue = "ALL") CaseFilter filter) {
        return queries.cases(CaseScope.of(actor), filter);
    }

    @GetMapping("/{caseId}")
    @RecordsAccess("case")
    @Operation(summary = "A case: state, children (refs only), devices and the police decisions")
    public CaseDetailView detail(Actor actor, @PathVariable UUID caseId) {
        return queries.detail(caseId, CaseScope.of(actor));
    }

    @GetMapping(value = "/{caseId}", params = "asOf")
    @RecordsAccess("case-as-of")
    @Operation(
            summary = "A case as it stood at an instant, rebuilt from its events up to then (ADR 0047)",
            description = "The same shape and scope as the live read, with the timeline up to the instant. 400 for an"
                    + " asOf that is not an ISO-8601 instant or is in the future; 404 for a case outside the reader's"
                    + " scope or not yet reported then. Recorded in the access log as an as-of read.")
    public CaseHistory.AsOf asOf(
            Actor actor,
            @PathVariable UUID caseId,
            @Parameter(description = "The instant", example = "2026-11-30T14:05:00Z") @RequestParam String asOf) {
        return history.asOf(caseId, asOf, CaseScope.of(actor));
    }

    @GetMapping("/{caseId}/timeline")
    @RecordsAccess("case-timeline")
    @Operation(summary = "Every event of the case: who, when, what and why")
    public CaseTimelineView timeline(Actor actor, @PathVariable UUID caseId) {
        return queries.timeline(caseId, CaseScope.of(actor));
    }
}
