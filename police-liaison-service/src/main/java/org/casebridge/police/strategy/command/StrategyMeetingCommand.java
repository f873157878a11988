package org.casebridge.police.strategy.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;

/**
 * The commands of a {@link StrategyMeeting}; each names the meeting first, then (for an officer's command) the case
 * it was asked through (a meeting of another case is not found).
 */
public sealed interface StrategyMeetingCommand {

    String meetingId();

    record ConveneStrategyMeetingCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            String forceCode,
            ActedBy actor,
            Instant scheduledFor,
            String venue,
            List<Participant> invitees)
            implements StrategyMeetingCommand {

        public ConveneStrategyMeetingCommand {
            invitees = List.copyOf(invitees);
        }
    }

    /** The meeting took place: who attended. {@code heldAt} null means now. */
    record RecordAttendanceCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            ActedBy actor,
            Instant heldAt,
            List<Participant> attendees)
            implements StrategyMeetingCommand {

        public RecordAttendanceCommand {
            attendees = List.copyOf(attendees);
        }
    }

    record RecordInformationSharedCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            ActedBy actor,
            String informationId,
            Participant sharedBy,
            String summary,
            LawfulBasis lawfulBasis)
            implements StrategyMeetingCommand {}

    /** {@code startSection47} answers the s.47 question and is required for that topic only. */
    record RecordStrategyDecisionCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            ActedBy actor,
            String decisionId,
            DecisionTopic topic,
            String decision,
            Boolean startSection47,
            String rationale)
            implements StrategyMeetingCommand {}

    /** {@code actionType} null means {@code OTHER}: a request of before the codes stays valid. */
    record AssignActionCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            ActedBy actor,
            String actionId,
            StrategyActionType actionType,
            String description,
            Participant owner,
            Instant dueBy)
            implements StrategyMeetingCommand {}

    record CompleteActionCommand(
            @TargetAggregateIdentifier String meetingId, String caseId, ActedBy actor, String actionId, String note)
            implements StrategyMeetingCommand {}

    /**
     * The action's owner (a school or an agency, over Kafka) says it completed the action: completed only if the
     * organisation owns it (ADR 0022): a school (its URN) or an agency of the directory (its id; any kind but a school
     * or a force). {@code by} is the owning organisation as the event named it, never a person.
     */
    record CompleteOwnActionCommand(
            @TargetAggregateIdentifier String meetingId,
            String caseId,
            String actionId,
            boolean bySchool,
            String ownerOrganisation,
            ActedBy by,
            Instant completedAt)
            implements StrategyMeetingCommand {}

    /** Sent by the action clock when an action's due date passes. */
    record FlagActionOverdueCommand(
            @TargetAggregateIdentifier String meetingId, String actionId) implements StrategyMeetingCommand {}
}
