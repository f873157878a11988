package org.casebridge.police.escalation.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;

/**
 * Everything that happens to an {@link Escalation}. Each event names the case and the force; decisions name who
 * ({@code by}), when ({@code at}, from the injected clock) and the rationale where the guidance asks for one.
 */
public sealed interface EscalationEvent {

    String caseId();

    String forceCode();

    /** When it was recorded, from the service's clock. */
    Instant at();

    /**
     * A school's referral reached the force. {@code by} is the referring school.
     *
     * @param strategyMeetingDueBy when a strategy meeting is due should the case need one
     */
    @Revision("1")
    record EscalationReceivedEvent(
            String caseId,
            String forceCode,
            String schoolUrn,
            String localAuthorityCode,
            List<String> criteriaMet,
            List<ReferredChild> children,
            Instant referredAt,
            Instant strategyMeetingDueBy,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** The school sent new criteria; the strategy-meeting clock may shorten. */
    @Revision("1")
    record ReferralCriteriaUpdatedEvent(
            String caseId,
            String forceCode,
            List<String> criteriaMet,
            Instant strategyMeetingDueBy,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record EscalationAcceptedEvent(String caseId, String forceCode, ActedBy by, Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record EscalationDeclinedEvent(String caseId, String forceCode, String reason, ActedBy by, Instant at)
            implements EscalationEvent {}

    /** {@code forceCode} is the force that gave it up. */
    @Revision("1")
    record EscalationTransferredEvent(
            String caseId, String forceCode, String toForceCode, String reason, ActedBy by, Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record CrimeRecordedEvent(
            String caseId,
            String forceCode,
            HocrClassification classification,
            String crimeReference,
            Instant recordedAt,
            List<ChildRoleAssignment> childRoles,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record AggravatingFactorsAssessedEvent(
            String caseId,
            String forceCode,
            List<FactorFinding> findings,
            PolicePath path,
            boolean strategyMeetingRequired,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record OutcomeProposedEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            String rationale,
            String diversionaryActivity,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record OutcomeSentBackEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            ActedBy proposedBy,
            String reason,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** A supervisor who did not propose it signed it off: the outcome is assigned. {@code by} is the supervisor. */
    @Revision("1")
    record OutcomeAssignedEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            String rationale,
            String diversionaryActivity,
            ActedBy proposedBy,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record DisclosureStatementGivenEvent(
            String caseId,
            String forceCode,
            List<DisclosureRecipient> givenTo,
            String statementVersion,
            Instant givenAt,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** The strategy-meeting clock ran out with no meeting held; raised by the clock, so no person. */
    @Revision("1")
    record StrategyMeetingOverdueEvent(String caseId, String forceCode, Instant dueBy, Instant at)
            implements EscalationEvent {}
}
