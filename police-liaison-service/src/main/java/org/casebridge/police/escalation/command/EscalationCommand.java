package org.casebridge.police.escalation.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;

/** The commands of an {@link Escalation}; each names the case first. */
public sealed interface EscalationCommand {

    String caseId();

    /** A school's referral named this force (from the school topic); repeated deliveries change nothing. */
    record ReceiveEscalationCommand(
            @TargetAggregateIdentifier String caseId,
            String forceCode,
            String schoolUrn,
            String localAuthorityCode,
            List<String> criteriaMet,
            List<ReferredChild> children,
            Instant referredAt)
            implements EscalationCommand {

        public ReceiveEscalationCommand {
            criteriaMet = List.copyOf(criteriaMet);
            children = List.copyOf(children);
        }
    }

    record AcceptEscalationCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor) implements EscalationCommand {}

    record DeclineEscalationCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor, String reason) implements EscalationCommand {}

    record TransferEscalationCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor, String toForceCode, String reason)
            implements EscalationCommand {}

    /** {@code recordedAt} null means now. */
    record RecordCrimeCommand(
            @TargetAggregateIdentifier String caseId,
            ActedBy actor,
            HocrClassification classification,
            String crimeReference,
            Instant recordedAt,
            List<ChildRoleAssignment> childRoles)
            implements EscalationCommand {

        public RecordCrimeCommand {
            childRoles = List.copyOf(childRoles);
        }
    }

    /**
     * An empty list of findings means no aggravating factors were found; then {@code noFactorsReason} says why where
     * the school reported a criterion that points to one (null otherwise).
     */
    record AssessAggravatingFactorsCommand(
            @TargetAggregateIdentifier String caseId,
            ActedBy actor,
            List<FactorFinding> findings,
            String noFactorsReason)
            implements EscalationCommand {

        public AssessAggravatingFactorsCommand {
            findings = List.copyOf(findings);
        }

        public AssessAggravatingFactorsCommand(String caseId, ActedBy actor, List<FactorFinding> findings) {
            this(caseId, actor, findings, null);
        }
    }

    /** HOCR section B style: the crime's classification changes, with the reason; the old one stays on record. */
    record ReclassifyCrimeCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor, HocrClassification classification, String reason)
            implements EscalationCommand {}

    /** A child's role in the crime record changes (person involved to suspect and back), with the reason. */
    record ChangeChildRoleCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor, String childRef, ChildRole role, String reason)
            implements EscalationCommand {}

    /** HOCR: one crime per victim; a further victim's crime, with its own reference. {@code recordedAt} null = now. */
    record RecordVictimCrimeCommand(
            @TargetAggregateIdentifier String caseId,
            ActedBy actor,
            String victimRef,
            HocrClassification classification,
            String crimeReference,
            Instant recordedAt)
            implements EscalationCommand {}

    /** The school's reference for the case (from the school topic, ADR 0062). */
    record RecordCaseReferenceCommand(
            @TargetAggregateIdentifier String caseId, String schoolUrn, String caseReference)
            implements EscalationCommand {}

    /** The school closed its case (from the school topic); the police see it on the escalation. */
    record RecordSchoolClosureCommand(
            @TargetAggregateIdentifier String caseId,
            String schoolUrn,
            boolean closedWithoutPoliceOutcome,
            Instant closedAt)
            implements EscalationCommand {}

    /**
     * The school added a child found later ({@code before} null) or corrected a child's age, year group or roles, on
     * a case the force holds; from the school's integration event.
     */
    record RecordSchoolChildChangeCommand(
            @TargetAggregateIdentifier String caseId,
            String schoolUrn,
            ReferredChild before,
            ReferredChild after,
            Instant changedAt)
            implements EscalationCommand {}

    record ProposeOutcomeCommand(
            @TargetAggregateIdentifier String caseId,
            ActedBy actor,
            OutcomeCode outcome,
            String rationale,
            String diversionaryActivity)
            implements EscalationCommand {}

    record SignOffOutcomeCommand(@TargetAggregateIdentifier String caseId, ActedBy actor)
            implements EscalationCommand {}

    record SendBackOutcomeCommand(@TargetAggregateIdentifier String caseId, ActedBy actor, String reason)
            implements EscalationCommand {}

    /** {@code givenAt} null means now. */
    record RecordDisclosureStatementCommand(
            @TargetAggregateIdentifier String caseId,
            ActedBy actor,
            List<DisclosureRecipient> givenTo,
            String statementVersion,
            Instant givenAt)
            implements EscalationCommand {

        public RecordDisclosureStatementCommand {
            givenTo = List.copyOf(givenTo);
        }
    }

    /** Sent by the MoPI review job when a crime record reaches its review date (ADR 0053). */
    record FlagCrimeRecordForReviewCommand(
            @TargetAggregateIdentifier String caseId, int mopiGroup, LocalDate dueOn) implements EscalationCommand {}

    /** A supervisor's decision, on the review of the crime record, that the case's personal data goes (ADR 0064). */
    record ErasePersonalDetailsCommand(
            @TargetAggregateIdentifier String caseId, ActedBy actor, String reason) implements EscalationCommand {}

    /**
     * A legal hold on the escalation (a court case, a complaint, an IOPC inquiry, a subject access request in
     * progress): its personal data is not erased, nor its record put to review, until the hold is lifted (ADR 0081).
     */
    record SetLegalHoldCommand(@TargetAggregateIdentifier String caseId, ActedBy actor, String reason)
            implements EscalationCommand {}

    /** The end of the legal hold, with the reason it no longer applies (ADR 0081). */
    record LiftLegalHoldCommand(@TargetAggregateIdentifier String caseId, ActedBy actor, String reason)
            implements EscalationCommand {}

    /** Sent by the strategy-meeting clock when it runs out. */
    record FlagStrategyMeetingOverdueCommand(
            @TargetAggregateIdentifier String caseId) implements EscalationCommand {}

    /** Sent by the strategy-meeting clock when a meeting is held while it runs (ADR 0067). */
    record StopStrategyMeetingClockCommand(
            @TargetAggregateIdentifier String caseId, String meetingId, Instant heldAt) implements EscalationCommand {}
}
