package org.casebridge.police.strategy.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebridge.police.shared.ForceAccess.optionalText;
import static org.casebridge.police.shared.ForceAccess.requireFact;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOf;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOfCase;
import static org.casebridge.police.shared.ForceAccess.requireRationale;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.shared.CaseStanding;
import org.casebridge.police.shared.InformationRequiredException;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.AssignActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteOwnActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.ConveneStrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.FlagActionOverdueCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordAttendanceCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordInformationSharedCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordStrategyDecisionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionOverdueEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.InformationSharedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyDecisionRecordedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingConvenedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.ActionDueInPastException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.EscalationNotAcceptedForMeetingException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.HeldInFutureException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.NotTheActionsOwnerException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.Section47AnswerRequiredException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.SocialCareNotInvitedException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.StrategyMeetingAlreadyHeldException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.StrategyMeetingNotHeldException;

/**
 * A strategy meeting a force convenes on a case. Information, decisions and actions are recorded once the meeting
 * has been held (its attendance recorded); ids repeated by a retried request change nothing.
 */
@Aggregate
public class StrategyMeeting {

    private static final String WHAT = "strategy meeting";

    @AggregateIdentifier
    private String meetingId;

    private String caseId;
    private String forceCode;
    private boolean held;
    private final Set<String> recordedIds = new HashSet<>();
    private final Map<String, Action> actions = new HashMap<>();

    private record Action(Instant dueBy, boolean completed, boolean overdue, Participant owner) {}

    protected StrategyMeeting() {}

    @CommandHandler
    public StrategyMeeting(ConveneStrategyMeetingCommand command, CaseStanding standing, Clock clock) {
        requireOfficerOf(command.actor(), command.forceCode(), WHAT, command.meetingId());
        requireFact(command.caseId(), "case");
        if (!standing.accepted(command.caseId())) {
            throw new EscalationNotAcceptedForMeetingException(command.caseId());
        }
        if (command.scheduledFor() == null) {
            throw new InformationRequiredException("time of the meeting");
        }
        String venue = requireFact(command.venue(), "place or way of meeting");
        List<Participant> invitees =
                command.invitees().stream().map(StrategyMeeting::checked).toList();
        if (invitees.stream().noneMatch(p -> p.type() == OrganisationType.CHILDRENS_SOCIAL_CARE)) {
            throw new SocialCareNotInvitedException();
        }
        apply(new StrategyMeetingConvenedEvent(
                command.meetingId(),
                command.caseId(),
                command.forceCode(),
                command.scheduledFor(),
                venue,
                invitees,
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordAttendanceCommand command, Clock clock) {
        requireOfficerOfCase(command.actor(), forceCode, caseId, command.caseId(), meetingId);
        if (held) {
            throw new StrategyMeetingAlreadyHeldException(meetingId);
        }
        Instant now = clock.instant();
        Instant heldAt = command.heldAt() == null ? now : command.heldAt();
        if (heldAt.isAfter(now)) {
            throw new HeldInFutureException(heldAt);
        }
        if (command.attendees().isEmpty()) {
            throw new InformationRequiredException("attendees");
        }
        List<Participant> attendees =
                command.attendees().stream().map(StrategyMeeting::checked).toList();
        apply(new StrategyMeetingHeldEvent(meetingId, caseId, forceCode, heldAt, attendees, command.actor(), now));
    }

    @CommandHandler
    public void handle(RecordInformationSharedCommand command, Clock clock) {
        requireHeldBy(command.actor(), command.caseId());
        if (recordedIds.contains(command.informationId())) {
            return;
        }
        if (command.lawfulBasis() == null) {
            throw new InformationRequiredException("lawful basis");
        }
        String summary = requireFact(command.summary(), "summary of the information");
        apply(new InformationSharedEvent(
                meetingId,
                caseId,
                forceCode,
                command.informationId(),
                checked(command.sharedBy()),
                summary,
                command.lawfulBasis(),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordStrategyDecisionCommand command, Clock clock) {
        requireHeldBy(command.actor(), command.caseId());
        if (recordedIds.contains(command.decisionId())) {
            return;
        }
        if (command.topic() == null) {
            throw new InformationRequiredException("topic of the decision");
        }
        String decision = requireFact(command.decision(), "decision");
        String rationale = requireRationale(command.rationale(), "record a strategy-meeting decision");
        if (command.topic() == DecisionTopic.SECTION_47_ENQUIRIES && command.startSection47() == null) {
            throw new Section47AnswerRequiredException();
        }
        Boolean section47 = command.topic() == DecisionTopic.SECTION_47_ENQUIRIES ? command.startSection47() : null;
        apply(new StrategyDecisionRecordedEvent(
                meetingId,
                caseId,
                forceCode,
                command.decisionId(),
                command.topic(),
                decision,
                section47,
                rationale,
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(AssignActionCommand command, Clock clock) {
        requireHeldBy(command.actor(), command.caseId());
        if (actions.containsKey(command.actionId())) {
            return;
        }
        String description = requireFact(command.description(), "description of the action");
        if (command.dueBy() == null) {
            throw new InformationRequiredException("due date of the action");
        }
        Instant now = clock.instant();
        if (!command.dueBy().isAfter(now)) {
            throw new ActionDueInPastException(command.dueBy());
        }
        apply(new ActionAssignedEvent(
                meetingId,
                caseId,
                forceCode,
                command.actionId(),
                command.actionType() == null ? StrategyActionType.OTHER : command.actionType(),
                description,
                checked(command.owner()),
                command.dueBy(),
                command.actor(),
                now));
    }

    /**
     * Answers whether the action was already complete (by an officer, or by its owner over Kafka): a second completion
     * changes nothing, its note included (ADR 0090).
     */
    @CommandHandler
    public boolean handle(CompleteActionCommand command, Clock clock) {
        requireOfficerOfCase(command.actor(), forceCode, caseId, command.caseId(), meetingId);
        Action action = actions.get(command.actionId());
        if (action == null) {
            throw new NotFoundException("action", command.actionId());
        }
        if (action.completed()) {
            return true;
        }
        apply(new ActionCompletedEvent(
                meetingId,
                caseId,
                forceCode,
                command.actionId(),
                optionalText(command.note()),
                command.actor(),
                clock.instant()));
        return false;
    }

    /**
     * The owner of an action, a school or an agency, completed it (over Kafka): only an organisation of the owner's
     * kind and id completes it; a completion the police already recorded changes nothing.
     */
    @CommandHandler
    public void handle(CompleteOwnActionCommand command) {
        Action action = actions.get(command.actionId());
        if (action == null || !command.caseId().equals(caseId)) {
            throw new NotFoundException("action", command.actionId());
        }
        Participant owner = action.owner();
        boolean ownersKind = command.bySchool()
                ? owner != null && owner.type() == OrganisationType.SCHOOL
                : owner != null && owner.type() != OrganisationType.SCHOOL && owner.type() != OrganisationType.POLICE;
        if (!ownersKind || !owner.organisation().equals(command.ownerOrganisation())) {
            throw new NotTheActionsOwnerException(command.actionId());
        }
        if (action.completed()) {
            return;
        }
        apply(new ActionCompletedEvent(
                meetingId, caseId, forceCode, command.actionId(), null, command.by(), command.completedAt()));
    }

    @CommandHandler
    public void handle(FlagActionOverdueCommand command, Clock clock) {
        Action action = actions.get(command.actionId());
        if (action != null && !action.completed() && !action.overdue()) {
            apply(new ActionOverdueEvent(
                    meetingId, caseId, forceCode, command.actionId(), action.dueBy(), clock.instant()));
        }
    }

    private void requireHeldBy(ActedBy actor, String requestedCaseId) {
        requireOfficerOfCase(actor, forceCode, caseId, requestedCaseId, meetingId);
        if (!held) {
            throw new StrategyMeetingNotHeldException(meetingId);
        }
    }

    private static Participant checked(Participant participant) {
        if (participant == null || participant.type() == null) {
            throw new InformationRequiredException("kind of organisation");
        }
        return new Participant(
                participant.type(),
                requireFact(participant.organisation(), "organisation"),
                optionalText(participant.role()));
    }

    @EventSourcingHandler
    void on(StrategyMeetingConvenedEvent event) {
        meetingId = event.meetingId();
        caseId = event.caseId();
        forceCode = event.forceCode();
    }

    @EventSourcingHandler
    void on(StrategyMeetingHeldEvent event) {
        held = true;
    }

    @EventSourcingHandler
    void on(InformationSharedEvent event) {
        recordedIds.add(event.informationId());
    }

    @EventSourcingHandler
    void on(StrategyDecisionRecordedEvent event) {
        recordedIds.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(ActionAssignedEvent event) {
        actions.put(event.actionId(), new Action(event.dueBy(), false, false, event.owner()));
    }

    @EventSourcingHandler
    void on(ActionCompletedEvent event) {
        actions.computeIfPresent(
                event.actionId(), (id, action) -> new Action(action.dueBy(), true, action.overdue(), action.owner()));
    }

    @EventSourcingHandler
    void on(ActionOverdueEvent event) {
        actions.computeIfPresent(
                event.actionId(), (id, action) -> new Action(action.dueBy(), action.completed(), true, action.owner()));
    }
}
