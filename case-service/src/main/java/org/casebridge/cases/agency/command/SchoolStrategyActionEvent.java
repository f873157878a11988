package org.casebridge.cases.agency.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The stored events of a strategy-meeting action the police gave a school. */
public sealed interface SchoolStrategyActionEvent {

    String caseId();

    String actionId();

    /**
     * Revision 2 says what the action is, by the police's code ({@code StrategyActionType}); an action of revision 1
     * reads as {@code OTHER}.
     */
    @Revision("2")
    record SchoolActionAssignedEvent(
            String actionKey,
            String caseId,
            String schoolUrn,
            String forceCode,
            String meetingId,
            String actionId,
            String actionType,
            String ownerType,
            String ownerOrganisation,
            Instant dueBy,
            Instant assignedAt)
            implements SchoolStrategyActionEvent {}

    /** The DSL marked the action done; published so that the police complete it on the meeting. */
    @Revision("1")
    record SchoolActionMarkedDoneEvent(
            String actionKey,
            String caseId,
            String schoolUrn,
            String meetingId,
            String actionId,
            ActedBy by,
            Instant at)
            implements SchoolStrategyActionEvent {}

    @Revision("1")
    record SchoolActionCompletedEvent(String actionKey, String caseId, String actionId, Instant completedAt)
            implements SchoolStrategyActionEvent {}
}
