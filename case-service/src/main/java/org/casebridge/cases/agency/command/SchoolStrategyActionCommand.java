package org.casebridge.cases.agency.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The commands of a strategy-meeting action the police gave a school. */
public sealed interface SchoolStrategyActionCommand {

    /**
     * The police gave the school of the case an action (from their integration event), saying what it is by a code of
     * {@code StrategyActionType}.
     */
    record RecordActionAssignedCommand(
            @TargetAggregateIdentifier String actionKey,
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
            implements SchoolStrategyActionCommand {}

    /** The school's DSL says the school did it. */
    record MarkActionDoneCommand(@TargetAggregateIdentifier String actionKey, ActedBy by)
            implements SchoolStrategyActionCommand {}

    /** The police completed the action on the meeting. */
    record RecordActionCompletedCommand(
            @TargetAggregateIdentifier String actionKey, Instant completedAt) implements SchoolStrategyActionCommand {}

    /** The id of the action's aggregate: the case and the police's action id. */
    static String key(String caseId, String actionId) {
        return caseId + ":" + actionId;
    }
}
