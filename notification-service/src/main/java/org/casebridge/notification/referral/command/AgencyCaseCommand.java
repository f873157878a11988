package org.casebridge.notification.referral.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The commands of an agency's part in a case. */
public sealed interface AgencyCaseCommand {

    /**
     * A school's referral to children's social care reached this agency (routed by the agency directory); it starts
     * the acknowledgement clock. Repeated (a later escalation naming social care again), it changes nothing.
     */
    record ReceiveReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt,
            Instant acknowledgeBy)
            implements AgencyCaseCommand {}

    /** The police gave this agency a strategy-meeting action, saying what it is by a code of StrategyActionType. */
    record NoteActionAssignedCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String caseId,
            String agencyId,
            String meetingId,
            String actionId,
            String actionType,
            Instant dueBy)
            implements AgencyCaseCommand {}

    /** The police recorded the action completed (whoever asked). */
    record NoteActionCompletedCommand(
            @TargetAggregateIdentifier String agencyCaseId, String actionId, Instant completedAt)
            implements AgencyCaseCommand {}

    /** The agency acknowledges the school's referral. */
    record AcknowledgeReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by) implements AgencyCaseCommand {}

    /** The agency started section 47 enquiries at {@code startedAt} (now when null). */
    record StartSection47EnquiriesCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, Instant startedAt)
            implements AgencyCaseCommand {}

    /** The agency records what its section 47 enquiries concluded. */
    record RecordSection47OutcomeCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, Section47Outcome outcome)
            implements AgencyCaseCommand {}

    /** The agency says it completed an action it owns; the police complete it on the meeting. */
    record CompleteStrategyActionCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, String actionId) implements AgencyCaseCommand {}

    /** No children's social care agency serves the case's area: the school must hear that nothing reached one. */
    record RecordUnroutedReferralCommand(
            @TargetAggregateIdentifier String unroutedId,
            String caseId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt)
            implements AgencyCaseCommand {}
}
