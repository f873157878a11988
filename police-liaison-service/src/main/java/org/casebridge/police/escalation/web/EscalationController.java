package org.casebridge.police.escalation.web;

import static org.casebridge.police.shared.ListOptions.option;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.web.ConditionalRead;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.AssessAggravatingFactorsCommand;
import org.casebridge.police.escalation.command.EscalationCommand.DeclineEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ProposeOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordDisclosureStatementCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SendBackOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SignOffOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.TransferEscalationCommand;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.query.EscalationHistory;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationSummaryView;
import org.casebridge.police.escalation.query.EscalationViews.SignOffItemView;
import org.casebridge.police.escalation.query.InboxFilter;
import org.casebridge.police.escalation.query.InboxReads;
import org.casebridge.police.escalation.query.InboxSort;
import org.casebridge.police.escalation.review.PersonalDetailsErasure;
import org.casebridge.police.escalation.web.EscalationRequests.AssessFactorsRequest;
import org.casebridge.police.escalation.web.EscalationRequests.DeclineRequest;
import org.casebridge.police.escalation.web.EscalationRequests.DisclosureStatementRequest;
import org.casebridge.police.escalation.web.EscalationRequests.ErasureRequest;
import org.casebridge.police.escalation.web.EscalationRequests.ProposeOutcomeRequest;
import org.casebridge.police.escalation.web.EscalationRequests.RecordCrimeRequest;
import org.casebridge.police.escalation.web.EscalationRequests.SendBackRequest;
import org.casebridge.police.escalation.web.EscalationRequests.TransferRequest;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.shared.ListOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The escalation inbox of a force and the decisions on one escalation. */
@RestController
@RequestMapping("/api")
@Tag(
        name = "Escalations",
        description = "A force's inbox of school referrals, the crime record, the aggravating"
                + " factors and the outcome with supervisor sign-off")
class EscalationController {

    /** The most inbox rows one read may ask for. */
    static final int MAX_LIMIT = 500;

    private final CommandGateway commands;
    private final EscalationQueries queries;
    private final InboxReads inboxReads;
    private final EscalationHistory history;
    private final PersonalDetailsErasure erasure;

    EscalationController(
            CommandGateway commands,
            EscalationQueries queries,
            InboxReads inboxReads,
            EscalationHistory history,
            PersonalDetailsErasure erasure) {
        this.commands = commands;
        this.queries = queries;
        this.inboxReads = inboxReads;
        this.history = history;
        this.erasure = erasure;
    }

    @GetMapping("/escalations")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "escalation-inbox", caseIdVariable = "")
    @Operation(
            summary = "The escalation inbox of the caller's force (of every force for an auditor)",
            description = "Each referral with its age, the criteria met and the strategy-meeting clock. Other roles"
                    + " get 403. The read is recorded. Each answer has an ETag: a read with If-None-Match naming it"
                    + " is answered 304 while the rows are unchanged, and with Prefer: wait=N (at most 25 seconds) it"
                    + " is held until the force's inbox changes, then answered 200 with the new rows, or 304 when the"
                    + " wait runs out (ADR 0101). A 304 carries no rows and is not recorded as a read.")
    ResponseEntity<List<EscalationSummaryView>> inbox(
            Actor actor,
            @Parameter(description = "active (default), new, accepted, mine, overdue or declined", example = "new")
                    @RequestParam(defaultValue = "active")
                    String status,
            @Parameter(
                            description = "oldest (default), newest (by referral), arrived (latest to reach the force"
                                    + " first) or due",
                            example = "due")
                    @RequestParam(defaultValue = "oldest")
                    String sort,
            @Parameter(description = "at most this many, the first in the chosen order (1 to 500); all when absent")
                    @RequestParam(required = false)
                    String limit,
            @Parameter(description = "the ETag of the rows the caller has; 304 while they are unchanged")
                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String ifNoneMatch,
            @Parameter(
                            description = "wait=N: with If-None-Match, hold the read up to N seconds (at most 25) for"
                                    + " a change; a value that does not parse is ignored",
                            example = "wait=20")
                    @RequestHeader(value = "Prefer", required = false)
                    @Nullable
                    String prefer) {
        return conditional(inboxReads.inbox(
                actor,
                option(InboxFilter.class, "status", status),
                option(InboxSort.class, "sort", sort),
                ListOptions.limit(limit, MAX_LIMIT),
                ifNoneMatch,
                prefer));
    }

    /** 200 with the rows and their tag, or 304 with the tag; and the wait honoured, if any (ADR 0101). */
    private static <T> ResponseEntity<List<T>> conditional(InboxReads.Answer<T> answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(
                        answer.modified() ? HttpStatus.OK : HttpStatus.NOT_MODIFIED)
                .eTag(answer.tag());
        if (!answer.waited().isZero()) {
            response.header("Preference-Applied", ConditionalRead.waitApplied(answer.waited()));
        }
        return answer.modified() ? response.body(answer.rows()) : response.build();
    }

    @GetMapping("/escalations/{caseId}")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("escalation")
    @Operation(
            summary = "One escalation of the caller's force (of any force for an auditor)",
            description = "404 for anyone else, as for a case that does not exist. The read is recorded.")
    EscalationDetailView detail(Actor actor, @PathVariable String caseId) {
        return queries.detail(caseId, actor);
    }

    @GetMapping(value = "/escalations/{caseId}", params = "asOf")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("escalation-as-of")
    @Operation(
            summary = "One escalation as it stood at an instant, rebuilt from its events up to then (ADR 0047)",
            description = "The live read's shape and scope: the force it is with now, and auditors. 400 for an asOf"
                    + " that is not an ISO-8601 instant or is in the future; 404 for anyone else, or before the police"
                    + " received it. Recorded in the access log as an as-of read.")
    EscalationDetailView asOf(
            Actor actor,
            @PathVariable String caseId,
            @Parameter(description = "The instant", example = "2026-11-30T14:05:00Z") @RequestParam String asOf) {
        return history.asOf(caseId, asOf, actor);
    }

    @GetMapping("/sign-off-queue")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "sign-off-queue", caseIdVariable = "")
    @Operation(
            summary = "Outcomes of the caller's force (of every force for an auditor) waiting for a supervisor",
            description = "The read is recorded. Conditional and held as the inbox is (ETag, If-None-Match,"
                    + " Prefer: wait=N at most 25 s; ADR 0101): a supervisor's screen learns of an outcome to sign off"
                    + " when it is proposed.")
    ResponseEntity<List<SignOffItemView>> signOffQueue(
            Actor actor,
            @Parameter(description = "the ETag of the queue the caller has; 304 while it is unchanged")
                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String ifNoneMatch,
            @Parameter(description = "wait=N: with If-None-Match, hold the read up to N seconds (at most 25)")
                    @RequestHeader(value = "Prefer", required = false)
                    @Nullable
                    String prefer) {
        return conditional(inboxReads.signOffQueue(actor, ifNoneMatch, prefer));
    }

    @PostMapping("/escalations/{caseId}/acceptance")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Accept an escalation",
            description = "Exactly one officer wins; a second officer gets 409"
                    + " naming who accepted (problem member acceptedBy).")
    void accept(Actor actor, @PathVariable String caseId) {
        commands.sendAndWait(new AcceptEscalationCommand(caseId, actor.actedBy()));
    }

    @PostMapping("/escalations/{caseId}/decline")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline an escalation, with a reason")
    void decline(Actor actor, @PathVariable String caseId, @Valid @RequestBody DeclineRequest request) {
        commands.sendAndWait(new DeclineEscalationCommand(caseId, actor.actedBy(), request.reason()));
    }

    @PostMapping("/escalations/{caseId}/transfer")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Transfer an escalation to another force, with a reason")
    void transfer(Actor actor, @PathVariable String caseId, @Valid @RequestBody TransferRequest request) {
        commands.sendAndWait(
                new TransferEscalationCommand(caseId, actor.actedBy(), request.toForceCode(), request.reason()));
    }

    @PostMapping("/escalations/{caseId}/crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record the crime under the Home Office Counting Rules",
            description = "Classification 86/02 or 86/10, a crime reference in the force's format and unique within"
                    + " it, and each child's role. In a non-aggravated case a child is a person involved, not a"
                    + " suspect. Recording a crime is not a criminal record.")
    void recordCrime(Actor actor, @PathVariable String caseId, @Valid @RequestBody RecordCrimeRequest request) {
        commands.sendAndWait(new RecordCrimeCommand(
                caseId,
                actor.actedBy(),
                HocrClassification.fromCode(request.classification()).orElseThrow(),
                request.crimeReference(),
                request.recordedAt(),
                request.childRoles().stream()
                        .map(r -> new ChildRoleAssignment(r.childRef(), r.role()))
                        .toList()));
    }

    @PostMapping("/escalations/{caseId}/aggravating-factors")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Assess the aggravating factors",
            description = "Any factor puts the police in control and requires a strategy meeting; none sets the path"
                    + " to supporting the victims and assisting the school, and needs noFactorsReason where the"
                    + " school's criteria point to a factor.")
    void assess(Actor actor, @PathVariable String caseId, @Valid @RequestBody AssessFactorsRequest request) {
        commands.sendAndWait(new AssessAggravatingFactorsCommand(
                caseId,
                actor.actedBy(),
                request.factors().stream()
                        .map(f -> new FactorFinding(f.factor(), f.notes()))
                        .toList(),
                request.noFactorsReason()));
    }

    @PostMapping("/escalations/{caseId}/outcome-proposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Propose the outcome for a supervisor to sign off",
            description = "Outcome 21 needs a public-interest rationale and is refused while aggravating factors are"
                    + " recorded; Outcome 22 needs the diversionary activity; charge, caution and community"
                    + " resolution need a child recorded as suspect. Refused before the crime is recorded.")
    void propose(Actor actor, @PathVariable String caseId, @Valid @RequestBody ProposeOutcomeRequest request) {
        commands.sendAndWait(new ProposeOutcomeCommand(
                caseId, actor.actedBy(), request.outcome(), request.rationale(), request.diversionaryActivity()));
    }

    @PostMapping("/escalations/{caseId}/personal-details/erasure")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Erase the case's personal data on the MoPI review of its crime record",
            description = "Only a POLICE_SUPERVISOR of the force, only once the crime record is due for review"
                    + " (else 409 review-not-due) and never under a legal hold (409 under-legal-hold). Destroys the case's key: every free text of the case, its"
                    + " devices and its strategy meetings reads as erased from then on (ADR 0064).")
    void erase(Actor actor, @PathVariable String caseId, @Valid @RequestBody ErasureRequest request) {
        erasure.erase(caseId, actor.actedBy(), request.reason());
    }

    @PostMapping("/escalations/{caseId}/outcome-proposal/sign-off")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Sign off the proposed outcome, which assigns it",
            description = "Only a POLICE_SUPERVISOR of the force who did not propose it.")
    void signOff(Actor actor, @PathVariable String caseId) {
        commands.sendAndWait(new SignOffOutcomeCommand(caseId, actor.actedBy()));
    }

    @PostMapping("/escalations/{caseId}/outcome-proposal/send-back")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Send the proposed outcome back, with a reason",
            description = "Only a POLICE_SUPERVISOR of the force who did not propose it.")
    void sendBack(Actor actor, @PathVariable String caseId, @Valid @RequestBody SendBackRequest request) {
        commands.sendAndWait(new SendBackOutcomeCommand(caseId, actor.actedBy(), request.reason()));
    }

    @PostMapping("/escalations/{caseId}/disclosure-statement")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the standard disclosure statement was given to the school and/or parents")
    void disclosure(Actor actor, @PathVariable String caseId, @Valid @RequestBody DisclosureStatementRequest request) {
        commands.sendAndWait(new RecordDisclosureStatementCommand(
                caseId, actor.actedBy(), request.givenTo(), request.statementVersion(), request.givenAt()));
    }
}
