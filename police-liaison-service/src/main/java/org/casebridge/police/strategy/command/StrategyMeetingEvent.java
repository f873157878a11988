package org.casebridge.police.strategy.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.police.shared.PoliceCaseEvent;

/** Everything that happens to a {@link StrategyMeeting}; each names the meeting, the case and the chairing force. */
public sealed interface StrategyMeetingEvent extends PoliceCaseEvent {

    String meetingId();

    @Revision("2")
    record StrategyMeetingConvenedEvent(
            String meetingId,
            String caseId,
            String forceCode,
            Instant scheduledFor,
            @Sealed String venue,
            List<Participant> invitees,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    @Revision("1")
    record StrategyMeetingHeldEvent(
            String meetingId,
            String caseId,
            String forceCode,
            Instant heldAt,
            List<Participant> attendees,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    @Revision("2")
    record InformationSharedEvent(
            String meetingId,
            String caseId,
            String forceCode,
            String informationId,
            Participant sharedBy,
            @Sealed String summary,
            LawfulBasis lawfulBasis,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    @Revision("2")
    record StrategyDecisionRecordedEvent(
            String meetingId,
            String caseId,
            String forceCode,
            String decisionId,
            DecisionTopic topic,
            @Sealed String decision,
            Boolean startSection47,
            @Sealed String rationale,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    /**
     * Revision 2 says what the action is by a code; an action of revision 1 reads as {@code OTHER}. Revision 3 seals
     * the description under the case's key (ADR 0064); a clear one of revisions 1 and 2 still reads.
     */
    @Revision("3")
    record ActionAssignedEvent(
            String meetingId,
            String caseId,
            String forceCode,
            String actionId,
            StrategyActionType actionType,
            @Sealed String description,
            Participant owner,
            Instant dueBy,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    @Revision("2")
    record ActionCompletedEvent(
            String meetingId,
            String caseId,
            String forceCode,
            String actionId,
            @Sealed String note,
            ActedBy by,
            Instant at)
            implements StrategyMeetingEvent {}

    /** The action's due date passed before it was completed; raised by the clock, so no person. */
    @Revision("1")
    record ActionOverdueEvent(
            String meetingId, String caseId, String forceCode, String actionId, Instant dueBy, Instant at)
            implements StrategyMeetingEvent {}
}
