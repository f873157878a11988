package org.casebridge.police.escalation.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.RuleViolationAbout;

/** The rules an {@link Escalation} enforces, one exception (and one problem type) each. */
public final class EscalationRuleViolations {

    private EscalationRuleViolations() {}

    /** Exactly one officer wins an escalation; the others learn who did. */
    public static final class EscalationAlreadyAcceptedException extends DomainRuleViolation {
        private final ActedBy acceptedBy;

        public EscalationAlreadyAcceptedException(String caseId, ActedBy acceptedBy) {
            super(
                    409,
                    "escalation-already-accepted",
                    "Escalation " + caseId + " was already accepted by " + acceptedBy.id() + ".");
            this.acceptedBy = acceptedBy;
        }

        public ActedBy acceptedBy() {
            return acceptedBy;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("acceptedBy", acceptedBy.id(), "acceptedByRole", acceptedBy.role());
        }
    }

    public static final class EscalationDeclinedException extends DomainRuleViolation {
        public EscalationDeclinedException(String caseId) {
            super(409, "escalation-declined", "Escalation " + caseId + " was declined; nothing more can be recorded.");
        }
    }

    public static final class EscalationNotAcceptedException extends DomainRuleViolation {
        public EscalationNotAcceptedException(String caseId) {
            super(409, "escalation-not-accepted", "Accept escalation " + caseId + " first.");
        }
    }

    public static final class UnknownForceException extends RuleViolationAbout {
        public UnknownForceException(String forceCode) {
            super(422, "unknown-force", "No force has the code " + forceCode + ".", "forceCode", forceCode);
        }
    }

    public static final class TransferToSameForceException extends DomainRuleViolation {
        public TransferToSameForceException(String forceCode) {
            super(422, "transfer-to-same-force", "The escalation is already with " + forceCode + ".");
        }
    }

    /** Once the crime is recorded the force owns it: no second record, no transfer or decline. */
    public static final class CrimeAlreadyRecordedException extends DomainRuleViolation {
        public CrimeAlreadyRecordedException(String caseId) {
            super(409, "crime-already-recorded", "The crime of case " + caseId + " is already recorded.");
        }
    }

    public static final class CrimeReferenceFormatException extends DomainRuleViolation {
        private final String forceCode;
        private final String example;

        public CrimeReferenceFormatException(String forceCode, String example) {
            super(
                    422,
                    "crime-reference-format",
                    "That is not a crime reference of " + forceCode
                            + (example == null ? "." : "; they look like " + example + "."));
            this.forceCode = forceCode;
            this.example = example;
        }

        @Override
        public Map<String, Object> properties() {
            return example == null
                    ? Map.of("forceCode", forceCode)
                    : Map.of("forceCode", forceCode, "example", example);
        }
    }

    public static final class CrimeReferenceInUseException extends DomainRuleViolation {
        public CrimeReferenceInUseException(String forceCode, String crimeReference) {
            super(
                    409,
                    "crime-reference-in-use",
                    "Crime reference " + crimeReference + " is already used by another case of " + forceCode + ".");
        }
    }

    /** Every child of the referral gets exactly one role, and only children of the referral. */
    public static final class ChildRolesIncompleteException extends DomainRuleViolation {
        private final Set<String> missing;
        private final Set<String> unknown;

        public ChildRolesIncompleteException(Set<String> missing, Set<String> unknown) {
            super(422, "child-roles-incomplete", "Give each child of the referral exactly one role.");
            this.missing = Set.copyOf(missing);
            this.unknown = Set.copyOf(unknown);
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of(
                    "missing",
                    missing.stream().sorted().toList(),
                    "unknown",
                    unknown.stream().sorted().toList());
        }
    }

    /** NPCC 2024: in a non-aggravated case a child is a person involved, not a suspect. */
    public static final class SuspectRequiresAggravatingFactorsException extends DomainRuleViolation {
        public SuspectRequiresAggravatingFactorsException() {
            super(
                    422,
                    "suspect-requires-aggravating-factors",
                    "A child is recorded as a suspect only where aggravating"
                            + " factors are recorded; otherwise record them as a person involved.");
        }
    }

    public static final class TimeInFutureException extends DomainRuleViolation {
        public TimeInFutureException(String what, Instant when) {
            super(422, "time-in-future", "The " + what + " (" + when + ") is in the future.");
        }
    }

    public static final class AggravatingFactorRepeatedException extends DomainRuleViolation {
        public AggravatingFactorRepeatedException(AggravatingFactor factor) {
            super(422, "aggravating-factor-repeated", factor + " is listed twice; put all its notes in one entry.");
        }
    }

    /** An outcome is a crime outcome: refused before the crime is recorded. */
    public static final class CrimeNotRecordedException extends DomainRuleViolation {
        public CrimeNotRecordedException(String caseId) {
            super(409, "crime-not-recorded", "Record the crime of case " + caseId + " before choosing an outcome.");
        }
    }

    public static final class AggravatingFactorsNotAssessedException extends DomainRuleViolation {
        public AggravatingFactorsNotAssessedException(String caseId) {
            super(
                    409,
                    "aggravating-factors-not-assessed",
                    "Assess the aggravating factors of case " + caseId + " before choosing an outcome.");
        }
    }

    public static final class OutcomeAlreadyAssignedException extends DomainRuleViolation {
        public OutcomeAlreadyAssignedException(String caseId, OutcomeCode outcome) {
            super(409, "outcome-already-assigned", "Case " + caseId + " already has outcome " + outcome + ".");
        }
    }

    public static final class OutcomeProposalPendingException extends DomainRuleViolation {
        public OutcomeProposalPendingException(String caseId, OutcomeCode outcome) {
            super(
                    409,
                    "outcome-proposal-pending",
                    "Outcome " + outcome + " for case " + caseId + " is waiting for a supervisor.");
        }
    }

    /** Outcome 21 only where there is no exploitation, grooming, coercion, profit motive, malice or persistence. */
    public static final class Outcome21WithAggravatingFactorsException extends RuleViolationAbout {
        public Outcome21WithAggravatingFactorsException(List<AggravatingFactor> factors) {
            super(
                    422,
                    "outcome-21-aggravating-factors",
                    "Outcome 21 cannot be used while aggravating factors are recorded: " + factors + ".",
                    "aggravatingFactors",
                    factors.stream().map(Enum::name).toList());
        }
    }

    public static final class DiversionaryActivityRequiredException extends DomainRuleViolation {
        public DiversionaryActivityRequiredException() {
            super(
                    422,
                    "diversionary-activity-required",
                    "Outcome 22 needs the diversionary, educational or intervention activity undertaken.");
        }
    }

    public static final class SanctionRequiresSuspectException extends DomainRuleViolation {
        public SanctionRequiresSuspectException(OutcomeCode outcome) {
            super(
                    422,
                    "sanction-requires-suspect",
                    outcome + " is taken against a suspect; no child is recorded as one"
                            + " and no adult is involved.");
        }
    }

    public static final class NoOutcomeProposalException extends DomainRuleViolation {
        public NoOutcomeProposalException(String caseId) {
            super(409, "no-outcome-proposal", "Case " + caseId + " has no outcome waiting for sign-off.");
        }
    }

    public static final class SupervisorRequiredException extends DomainRuleViolation {
        public SupervisorRequiredException() {
            this("signs off or sends back an outcome, or erases a case's personal data on its review");
        }

        public SupervisorRequiredException(String what) {
            super(403, "supervisor-required", "Only a police supervisor " + what + ".");
        }
    }

    /** Four eyes: the supervisor who decides on a proposal is not the officer who made it. */
    public static final class SelfSignOffException extends DomainRuleViolation {
        public SelfSignOffException(String actorId) {
            super(422, "four-eyes-sign-off", actorId + " proposed this outcome and cannot also decide on it.");
        }
    }

    public static final class OutcomeNotAssignedException extends DomainRuleViolation {
        public OutcomeNotAssignedException(String caseId) {
            super(
                    409,
                    "outcome-not-assigned",
                    "The disclosure statement follows an assigned outcome; case " + caseId + " has none yet.");
        }
    }

    /** The standard statement concerns non-conviction information: Outcome 21 or 22, or no further action. */
    public static final class DisclosureStatementNotForOutcomeException extends DomainRuleViolation {
        public DisclosureStatementNotForOutcomeException(OutcomeCode outcome) {
            super(
                    409,
                    "disclosure-statement-not-for-outcome",
                    "The standard statement on disclosure concerns non-conviction information (Outcome 21, 22 or no"
                            + " further action); it is not given after " + outcome + ".");
        }
    }

    /** The school's criteria point to a factor: "none found" must say why. */
    public static final class NoFactorsReasonRequiredException extends RuleViolationAbout {
        public NoFactorsReasonRequiredException(List<String> criteria) {
            super(
                    422,
                    "no-factors-reason-required",
                    "The school reported " + criteria + ", which points to an aggravating factor: say why none was"
                            + " found (at least 20 characters).",
                    "criteria",
                    List.copyOf(criteria));
        }
    }

    public static final class AdultCautionRequiresAdultException extends DomainRuleViolation {
        public AdultCautionRequiresAdultException() {
            super(
                    422,
                    "adult-caution-requires-adult",
                    "An adult caution (HO code 3) is given to an adult: record adult involvement among the factors,"
                            + " or give a child the youth caution (HO code 2).");
        }
    }

    public static final class YouthCautionRequiresChildSuspectException extends DomainRuleViolation {
        public YouthCautionRequiresChildSuspectException() {
            super(
                    422,
                    "youth-caution-requires-child-suspect",
                    "A youth caution (HO code 2) is given to a child recorded as a suspect; for the involved adult"
                            + " propose ADULT_CAUTION (HO code 3).");
        }
    }

    public static final class ClassificationUnchangedException extends DomainRuleViolation {
        public ClassificationUnchangedException(HocrClassification classification) {
            super(422, "classification-unchanged", "The crime is already classified " + classification.code() + ".");
        }
    }

    public static final class ChildRoleUnchangedException extends DomainRuleViolation {
        public ChildRoleUnchangedException(String childRef, ChildRole role) {
            super(422, "child-role-unchanged", childRef + " is already recorded as " + role + ".");
        }
    }

    public static final class UnknownChildException extends DomainRuleViolation {
        public UnknownChildException(String childRef) {
            super(422, "unknown-child", childRef + " is not a child of this case.");
        }
    }

    /** HOCR: one crime per victim. */
    public static final class VictimCrimeAlreadyRecordedException extends DomainRuleViolation {
        public VictimCrimeAlreadyRecordedException(String childRef) {
            super(409, "victim-crime-already-recorded", "A crime is already recorded for victim " + childRef + ".");
        }
    }

    public static final class NotAVictimException extends DomainRuleViolation {
        public NotAVictimException(String childRef) {
            super(
                    422,
                    "not-a-victim",
                    childRef + " is not recorded as a victim; change the child's role first, with the reason.");
        }
    }

    /** MoPI: a police record is reviewed, never deleted silently; its personal data goes only on that review. */
    public static final class ReviewNotDueException extends DomainRuleViolation {
        public ReviewNotDueException(String caseId) {
            super(
                    409,
                    "review-not-due",
                    "The crime record of case " + caseId
                            + " is not due for its MoPI review: its personal data is erased only on that review.");
        }
    }

    /** A legal hold is set by a supervisor or an auditor of the force that holds the escalation (ADR 0081). */
    public static final class LegalHoldKeeperRequiredException extends DomainRuleViolation {
        public LegalHoldKeeperRequiredException() {
            super(
                    403,
                    "legal-hold-keeper-required",
                    "Only a police supervisor or an auditor of the force that holds the escalation sets or lifts its"
                            + " legal hold.");
        }
    }

    /** A legal hold is set once, and set again only after it is lifted. */
    public static final class LegalHoldAlreadySetException extends DomainRuleViolation {
        public LegalHoldAlreadySetException(String caseId) {
            super(409, "legal-hold-already-set", "Escalation " + caseId + " is already under a legal hold.");
        }
    }

    public static final class NoLegalHoldException extends DomainRuleViolation {
        public NoLegalHoldException(String caseId) {
            super(409, "no-legal-hold", "Escalation " + caseId + " is under no legal hold to lift.");
        }
    }

    /**
     * While a legal hold is set the case's personal data is not erased, and its record is not put to its MoPI review
     * (ADR 0081); the problem says since when.
     */
    public static final class UnderLegalHoldException extends DomainRuleViolation {
        private final Instant since;

        public UnderLegalHoldException(String caseId, Instant since, String what) {
            super(
                    409,
                    "under-legal-hold",
                    "Escalation " + caseId + " is under a legal hold set at " + since + ": " + what
                            + " until the hold is lifted.");
            this.since = since;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("legalHoldSince", since.toString());
        }
    }

    /** Nothing is left to hold once the case's personal data was erased: its key is gone. */
    public static final class PersonalDetailsAlreadyErasedException extends DomainRuleViolation {
        public PersonalDetailsAlreadyErasedException(String caseId) {
            super(
                    409,
                    "personal-details-already-erased",
                    "The personal data of escalation " + caseId + " was erased on its review; there is nothing left"
                            + " to hold.");
        }
    }
}
