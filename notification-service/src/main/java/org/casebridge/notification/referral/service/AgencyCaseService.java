package org.casebridge.notification.referral.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.agency.Agencies;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.CompleteStrategyActionCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationMeetingCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationOutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordPensionAgeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordSection47OutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.StartSection47EnquiriesCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.WithdrawRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.referral.query.AgencyCaseQueries;
import org.casebridge.notification.referral.query.AgencyCaseView;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What an agency does in a case it was referred or given an action in, and what a reader sees of it: the one path the
 * API and the portal both take. Changes need the AGENCY role and the agency's own record (another agency's, or a case
 * it has no part in, is a 404 built from the case id only); an auditor reads every agency's and changes nothing.
 */
@Service
public class AgencyCaseService {

    private final CommandGateway commands;
    private final AgencyCaseQueries queries;

    public AgencyCaseService(CommandGateway commands, AgencyCaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public List<AgencyCaseView> visible(Actor actor) {
        return queries.list(ReadScope.of(actor).agencyId());
    }

    /** The caller's agency's part in the case; an auditor's read is the first agency's with one. */
    public AgencyCaseView get(Actor actor, String caseId) {
        ReadScope scope = ReadScope.of(actor);
        Optional<AgencyCaseView> found = scope.everyAgency()
                ? queries.list(null).stream()
                        .filter(view -> view.caseId().equals(caseId))
                        .findFirst()
                : queries.find(AgencyCaseId.of(scope.agencyId(), caseId));
        return found.orElseThrow(() -> notFound(caseId));
    }

    /** Whether the referral was already acknowledged: a second click changes nothing (ADR 0090). */
    public boolean acknowledge(Actor actor, String caseId) {
        String id = owned(actor, caseId);
        return Boolean.TRUE.equals(commands.sendAndWait(new AcknowledgeReferralCommand(id, actor.actedBy())));
    }

    /** Whether the enquiries were already recorded as started at that time, or with none given (ADR 0090). */
    public boolean startSection47(Actor actor, String caseId, Instant startedAt) {
        String id = owned(actor, caseId);
        return Boolean.TRUE.equals(
                commands.sendAndWait(new StartSection47EnquiriesCommand(id, actor.actedBy(), startedAt)));
    }

    public void recordSection47Outcome(Actor actor, String caseId, Section47Outcome outcome) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new RecordSection47OutcomeCommand(id, actor.actedBy(), outcome));
    }

    /** Whether the action was already complete: a second click changes nothing (ADR 0090). */
    public boolean completeAction(Actor actor, String caseId, String actionId) {
        String id = owned(actor, caseId);
        return Boolean.TRUE.equals(
                commands.sendAndWait(new CompleteStrategyActionCommand(id, actor.actedBy(), actionId)));
    }

    /** Whether the LADO referral was already acknowledged: a second click changes nothing (ADR 0090). */
    public boolean acknowledgeLadoReferral(Actor actor, String caseId) {
        String id = owned(actor, caseId);
        return Boolean.TRUE.equals(commands.sendAndWait(new AcknowledgeLadoReferralCommand(id, actor.actedBy())));
    }

    public void recordAllegationMeeting(
            Actor actor, String caseId, LocalDate heldOn, List<MeetingAttendee> attendees, String rationale) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new RecordAllegationMeetingCommand(id, actor.actedBy(), heldOn, attendees, rationale));
    }

    public void recordAllegationOutcome(Actor actor, String caseId, AllegationOutcome outcome, String rationale) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new RecordAllegationOutcomeCommand(id, actor.actedBy(), outcome, rationale));
    }

    /** The LADO records the adult's normal pension age, or null when not known (ADR 0084). */
    public void recordPensionAge(Actor actor, String caseId, String adultRef, LocalDate pensionAgeOn) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new RecordPensionAgeCommand(id, actor.actedBy(), adultRef, pensionAgeOn));
    }

    /** The LADO records the adult's consent to keep the record of a false or malicious allegation (ADR 0084). */
    public void recordRetentionConsent(Actor actor, String caseId, String adultRef, String basis) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new RecordRetentionConsentCommand(id, actor.actedBy(), adultRef, basis));
    }

    /** The LADO records that the adult withdrew that consent (ADR 0084). */
    public void withdrawRetentionConsent(Actor actor, String caseId, String adultRef, String rationale) {
        String id = owned(actor, caseId);
        commands.sendAndWait(new WithdrawRetentionConsentCommand(id, actor.actedBy(), adultRef, rationale));
    }

    private String owned(Actor actor, String caseId) {
        String agencyId = Agencies.agencyOf(actor);
        String id = AgencyCaseId.of(agencyId, caseId);
        if (queries.find(id).isEmpty()) {
            throw notFound(caseId);
        }
        return id;
    }

    private static NotFoundException notFound(String caseId) {
        return new NotFoundException("referral or action for case", caseId);
    }
}
