package org.casebridge.police.escalation.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.PoliceCaseEvent;

/**
 * Everything that happens to an {@link Escalation}. Each event names the case and the force; decisions name who
 * ({@code by}), when ({@code at}, from the injected clock) and the rationale where the guidance asks for one. Their
 * {@code @Sealed} free text is stored under the case's key (ADR 0064): an event that gained such a field took its next
 * revision, whose stored form holds that field as ciphertext; a clear field of an older revision still reads.
 */
public sealed interface EscalationEvent extends PoliceCaseEvent {

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

    @Revision("2")
    record EscalationDeclinedEvent(
            String caseId, String forceCode, @Sealed String reason, ActedBy by, Instant at)
            implements EscalationEvent {}

    /** {@code forceCode} is the force that gave it up. */
    @Revision("2")
    record EscalationTransferredEvent(
            String caseId,
            String forceCode,
            String toForceCode,
            @Sealed String reason,
            ActedBy by,
            Instant at) implements EscalationEvent {}

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

    @Revision("2")
    record AggravatingFactorsAssessedEvent(
            String caseId,
            String forceCode,
            List<FactorFinding> findings,
            PolicePath path,
            boolean strategyMeetingRequired,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("2")
    record OutcomeProposedEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            @Sealed String rationale,
            @Sealed String diversionaryActivity,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("2")
    record OutcomeSentBackEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            ActedBy proposedBy,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** A supervisor who did not propose it signed it off: the outcome is assigned. {@code by} is the supervisor. */
    @Revision("2")
    record OutcomeAssignedEvent(
            String caseId,
            String forceCode,
            OutcomeCode outcome,
            @Sealed String rationale,
            @Sealed String diversionaryActivity,
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
    /**
     * The crime record reached its MoPI review date (ADR 0053): it is due for review by the force, never deleted
     * silently. {@code by} is Casebridge's review clock acting for the force. Also raised, with no classification, for
     * an escalation declined with no crime (ADR 0069) and for one transferred to a force that has neither declined it
     * nor recorded a crime (ADR 0076).
     *
     * @param mopiGroup 1, 2 or 3, from the review schedule's reference data
     * @param dueOn     the day the review fell due: the crime's recording (or the decline, or the last transfer or
     *                  later escalation) + the group's period
     */
    @Revision("1")
    record CrimeRecordDueForReviewEvent(
            String caseId,
            String forceCode,
            HocrClassification classification,
            int mopiGroup,
            LocalDate dueOn,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    @Revision("1")
    record StrategyMeetingOverdueEvent(String caseId, String forceCode, Instant dueBy, Instant at)
            implements EscalationEvent {}

    /**
     * The round's first strategy meeting was held while its clock ran: {@code inTime} when held by {@code dueBy}, else
     * late (held after the time, before the clock's deadline fired). At most once a round, and never after
     * {@link StrategyMeetingOverdueEvent}: each round's clock is met or missed once (ADR 0067).
     */
    @Revision("1")
    record StrategyMeetingClockStoppedEvent(
            String caseId,
            String forceCode,
            String meetingId,
            Instant dueBy,
            Instant heldAt,
            boolean inTime,
            Instant at)
            implements EscalationEvent {}

    /**
     * A school's re-escalation opened round {@code round} (the first referral is round 1), whatever the escalation's
     * state: it is new in the force's inbox again. {@code previousStatus} and {@code previousOutcome} are what the
     * round reopened; the strategy-meeting clock starts again when a criterion is newly met ({@code
     * strategyMeetingDueBy}, null when it does not). {@code by} is the school.
     */
    @Revision("1")
    record EscalationRoundOpenedEvent(
            String caseId,
            String forceCode,
            int round,
            List<String> criteriaMet,
            List<String> criteriaNewlyMet,
            List<ReferredChild> children,
            EscalationStatus previousStatus,
            OutcomeCode previousOutcome,
            Instant escalatedAt,
            Instant strategyMeetingDueBy,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** No aggravating factors although the school's criteria pointed to one: why, recorded before the assessment. */
    @Revision("2")
    record NoFactorsReasonRecordedEvent(
            String caseId,
            String forceCode,
            List<String> schoolCriteria,
            @Sealed String reason,
            ActedBy by,
            Instant at) implements EscalationEvent {}

    @Revision("2")
    record CrimeReclassifiedEvent(
            String caseId,
            String forceCode,
            HocrClassification from,
            HocrClassification to,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** {@code from} is null for a child the school added in a later round, given a role for the first time. */
    @Revision("2")
    record ChildRoleChangedEvent(
            String caseId,
            String forceCode,
            String childRef,
            ChildRole from,
            ChildRole to,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** A crime of its own for a further victim (HOCR: one crime per victim). */
    @Revision("1")
    record VictimCrimeRecordedEvent(
            String caseId,
            String forceCode,
            String victimRef,
            HocrClassification classification,
            String crimeReference,
            Instant recordedAt,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /**
     * The school added a child found later ({@code before} null) or corrected a child's age, year group or roles
     * while the force held the escalation; the old value stays. {@code by} is the school; its reason stays with it.
     */
    @Revision("1")
    record SchoolChildChangedEvent(
            String caseId,
            String forceCode,
            ReferredChild before,
            ReferredChild after,
            Instant changedAt,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /** The school closed its case while the force held the escalation. {@code by} is the school. */
    @Revision("1")
    record SchoolClosedCaseEvent(
            String caseId,
            String forceCode,
            boolean closedWithoutPoliceOutcome,
            Instant closedAt,
            ActedBy by,
            Instant at)
            implements EscalationEvent {}

    /**
     * The school's reference for the case ({@code CPA-2026-0042}, ADR 0062), so that officers name the case as the school
     * does. Recorded once, and again only if the school's reference were ever different. {@code by} is the school.
     */
    @Revision("1")
    record CaseReferenceLearnedEvent(String caseId, String forceCode, String caseReference, ActedBy by, Instant at)
            implements EscalationEvent {}

    /**
     * A police supervisor of the holding force, reviewing the crime record due for its MoPI review, decided that the
     * case's personal data goes (ADR 0064). The case's key is destroyed in the same transaction, so every sealed text of
     * the case, its devices and its strategy meetings reads as erased from now on. The reason is not sealed: it is the
     * record of why, and the form asks for no names.
     */
    @Revision("1")
    record PersonalDetailsErasedEvent(String caseId, String forceCode, String reason, ActedBy by, Instant at)
            implements EscalationEvent {}

    /**
     * A supervisor or an auditor of the holding force set a legal hold (ADR 0081): until it is lifted the case's
     * personal data is not erased and its record is not put to its MoPI review. The reason is free text, sealed under
     * the case's key.
     */
    @Revision("1")
    record LegalHoldSetEvent(
            String caseId, String forceCode, @Sealed String reason, ActedBy by, Instant at)
            implements EscalationEvent {}

    /** The legal hold was lifted, with the reason, by a supervisor or an auditor of the holding force (ADR 0081). */
    @Revision("1")
    record LegalHoldLiftedEvent(
            String caseId, String forceCode, @Sealed String reason, ActedBy by, Instant at)
            implements EscalationEvent {}
}
