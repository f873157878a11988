package org.casebridge.police.escalation.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.police.escalation.command.FactorFinding;

/** The read side's records for escalations, as the API returns them. */
public final class EscalationViews {

    private EscalationViews() {}

    /** Where the strategy-meeting clock stands: RUNNING, MET (meeting held), NOT_REQUIRED or OVERDUE. */
    public record MeetingClockView(
            @Schema(example = "2026-12-01T09:00:00Z") Instant dueBy,

            @Schema(description = "null until the aggravating factors are assessed")
            Boolean required,

            boolean held,

            @Schema(
                    example = "RUNNING",
                    allowableValues = {"RUNNING", "MET", "NOT_REQUIRED", "OVERDUE"})
            String state) {}

    /** One line of a force's escalation inbox. */
    public record EscalationSummaryView(
            @Schema(example = "3f1c9a2e-7b1d-4d7e-9d51-0b8f6f0c2a11")
            String caseId,

            @Schema(
                    description =
                            "the school's reference for the case, for people (ADR 0062); absent until the school's"
                                    + " case-referenced event arrives",
                    example = "CPA-2026-0042")
            String caseReference,

            @Schema(example = "WMP") String forceCode,

            @Schema(
                    example = "NEW",
                    allowableValues = {"NEW", "ACCEPTED", "DECLINED"})
            String status,

            @Schema(example = "137001") String schoolUrn,

            @Schema(description = "the school's name, from the school reference data", example = "Clapton Park Academy")
            String schoolName,

            @Schema(example = "[\"COERCION_OR_GROOMING_OR_CAPACITY\"]")
            List<String> criteriaMet,

            @Schema(example = "2") int children,
            Instant referredAt,

            @Schema(description = "hours since the school referred", example = "5")
            long ageHours,

            MeetingClockView strategyMeetingClock,

            @Schema(description = "the meeting clock or an action of the case is overdue")
            boolean overdue,

            @Schema(example = "pc-4411") String acceptedBy,

            @Schema(
                    example = "PROPOSED",
                    allowableValues = {"PROPOSED", "SENT_BACK", "ASSIGNED"})
            String outcomeStatus,

            @Schema(example = "OUTCOME_21") String outcome,

            @Schema(
                    description = "1 for the first referral; each re-escalation by the school opens the next",
                    example = "2")
            int round,

            @Schema(
                    description = "what is new in this round: criteria met for the first time",
                    example = "[\"ADULT_INVOLVED\"]")
            List<String> criteriaNewlyMet,

            @Schema(description = "when the school closed its case, if it did")
            Instant schoolClosedAt) {
        /** How a person names the case: its reference, or the start of its id until the reference arrives. */
        public String caseName() {
            return CaseNames.of(caseId, caseReference);
        }
    }

    /** A child as the police see them: the school's facts and the role in the crime record. */
    public record ChildView(
            String ref,
            int age,
            String yearGroup,
            List<String> schoolRoles,
            @Schema(example = "PERSON_INVOLVED") String policeRole) {}

    public record CrimeView(
            @Schema(example = "86/02") String classification,

            @Schema(example = "Protection of Children Act 1978 s.1")
            String legislation,

            @Schema(example = "20/123456/26") String crimeReference,
            Instant recordedAt,
            String recordedBy) {}

    public record AssessmentView(
            List<FactorFinding> aggravatingFactors,

            @Schema(example = "SUPPORT_VICTIMS_AND_ASSIST_SCHOOL")
            String path,

            boolean strategyMeetingRequired,
            String assessedBy,
            Instant assessedAt,

            @Schema(description = "why no factor was found although the school's criteria pointed to one")
            String noFactorsReason) {}

    /**
     * A change to the crime record, or to the school's record of the children: the old value stays, with who, when
     * and why (the school's reason stays with the school).
     */
    public record AmendmentView(
            String eventId,

            @Schema(
                    allowableValues = {
                        "RECLASSIFIED",
                        "CHILD_ROLE_CHANGED",
                        "SCHOOL_CHILD_ADDED",
                        "SCHOOL_CHILD_AMENDED"
                    })
            String kind,

            @Schema(description = "the child, for a role change or a school's change", example = "child-1")
            String childRef,

            @Schema(example = "86/10") String from,
            @Schema(example = "86/02") String to,
            String reason,
            String by,
            Instant at) {}

    /** A crime of its own for a further victim (HOCR: one crime per victim). */
    public record VictimCrimeView(
            String eventId,
            @Schema(example = "child-2") String victimRef,
            @Schema(example = "86/02") String classification,
            @Schema(example = "20/123457/26") String crimeReference,
            Instant recordedAt,
            String recordedBy) {}

    /** The round the escalation is in: what the latest re-escalation brought. */
    public record RoundView(
            @Schema(example = "2") int round,
            @Schema(example = "[\"ADULT_INVOLVED\"]") List<String> criteriaNewlyMet,
            Instant openedAt,

            @Schema(description = "the outcome assigned in an earlier round, if any", example = "OUTCOME_21")
            String previousOutcome) {}

    /** The school closed its case. */
    public record SchoolClosureView(Instant closedAt, boolean closedWithoutPoliceOutcome) {}

    public record OutcomeView(
            @Schema(example = "ASSIGNED") String status,
            @Schema(example = "OUTCOME_21") String outcome,
            @Schema(example = "21") String homeOfficeCode,
            String rationale,
            String diversionaryActivity,
            String proposedBy,
            Instant proposedAt,
            String sentBackReason,
            String sentBackBy,
            Instant sentBackAt,
            String signedOffBy,
            Instant assignedAt) {}

    /** Everything the force holds on one escalation. */
    public record EscalationDetailView(
            String caseId,

            @Schema(
                    description =
                            "the school's reference for the case, for people (ADR 0062); absent until the school's"
                                    + " case-referenced event arrives",
                    example = "CPA-2026-0042")
            String caseReference,

            String forceCode,
            String status,
            String schoolUrn,

            @Schema(description = "the school's name, from the school reference data", example = "Clapton Park Academy")
            String schoolName,

            String localAuthorityCode,
            List<String> criteriaMet,
            List<ChildView> children,
            Instant referredAt,
            Instant receivedAt,
            long ageHours,
            MeetingClockView strategyMeetingClock,
            boolean overdue,
            String acceptedBy,
            String acceptedByRole,
            Instant acceptedAt,
            String declinedReason,
            String declinedBy,
            Instant declinedAt,
            List<TransferView> transfers,
            CrimeView crime,
            AssessmentView assessment,
            OutcomeView outcome,
            List<DisclosureView> disclosures,
            RoundView round,
            List<AmendmentView> amendments,
            List<VictimCrimeView> victimCrimes,
            SchoolClosureView schoolClosure,

            @Schema(description = "the crime record's MoPI review once it fell due (ADR 0053); absent before")
            ReviewView review,

            @Schema(
                    description = "the legal hold the escalation is under (ADR 0081): no erasure and no MoPI review"
                            + " while it is set; absent when none is")
            LegalHoldView legalHold,

            @Schema(description = "every legal hold set and lifted, oldest first (ADR 0081)")
            List<LegalHoldActionView> legalHolds) {
        /** How a person names the case: its reference, or the start of its id until the reference arrives. */
        public String caseName() {
            return CaseNames.of(caseId, caseReference);
        }
    }

    /** The legal hold the escalation is under: since when, who set it (a user id) and why. */
    public record LegalHoldView(
            Instant since, @Schema(example = "ps-0917") String by, String reason) {}

    /** A legal hold set or lifted, with who (a user id and role), when and why. */
    public record LegalHoldActionView(
            String eventId,
            @Schema(allowableValues = {"SET", "LIFTED"}) String action,

            @Schema(example = "IOPC inquiry into the handling of the referral")
            String reason,

            @Schema(example = "ps-0917") String by,
            @Schema(example = "POLICE_SUPERVISOR") String byRole,
            Instant at) {}

    /** A crime record due for its MoPI review: its group and the day the review fell due. */
    public record ReviewView(@Schema(example = "1") int mopiGroup, LocalDate dueOn) {}

    /** One line of a force's list of MoPI reviews (ADR 0083). */
    public record DueReviewView(
            @Schema(example = "3f1c9a2e-7b1d-4d7e-9d51-0b8f6f0c2a11")
            String caseId,

            @Schema(description = "the school's case reference, once it arrived", example = "CPA-2026-0042")
            String caseReference,

            @Schema(example = "WMP") String forceCode,

            @Schema(description = "the MoPI group of the review", example = "1")
            int mopiGroup,

            @Schema(example = "Certain public protection matters")
            String groupName,

            @Schema(
                    description = "the row of reference/mopi-review.csv the review comes from: the crime's HOCR"
                            + " classification, NO_CRIME (declined) or TRANSFERRED (never acted on)",
                    example = "86/02")
            String basis,

            @Schema(
                    description = "the HOCR classification of the crime recorded; absent without one",
                    example = "86/02")
            String classification,

            @Schema(description = "the day the review falls or fell due", example = "2036-11-28")
            LocalDate reviewOn,

            @Schema(
                    example = "OVERDUE",
                    allowableValues = {"OVERDUE", "DUE", "UPCOMING"})
            String state,

            @Schema(description = "whole days since the review date; 0 when due today or not yet due", example = "12")
            long daysOverdue,

            @Schema(
                    description = "the daily review job has marked it due, so a supervisor may now erase its personal"
                            + " data; false until the job's next run")
            boolean markedDue,

            @Schema(
                    description = "when the escalation was put under a legal hold (ADR 0081): the review waits, and"
                            + " the job marks it due on its first run after the lift; absent when not held",
                    example = "2026-11-20T10:15:00Z")
            Instant legalHoldSince) {
        /** How a person names the case: its reference, or the start of its id until the reference arrives. */
        public String caseName() {
            return CaseNames.of(caseId, caseReference);
        }
    }

    /** An outcome waiting for a supervisor. */
    public record SignOffItemView(
            String caseId,

            @Schema(
                    description =
                            "the school's reference for the case, for people (ADR 0062); absent until the school's"
                                    + " case-referenced event arrives",
                    example = "CPA-2026-0042")
            String caseReference,

            @Schema(example = "WMP") String forceCode,
            @Schema(example = "OUTCOME_21") String outcome,
            @Schema(example = "21") String homeOfficeCode,
            String rationale,
            String diversionaryActivity,
            @Schema(example = "pc-4411") String proposedBy,
            Instant proposedAt,
            List<String> aggravatingFactors,
            String path,

            @Schema(description = "true for a supervisor of the force who did not propose it (four eyes)")
            boolean youMayDecide) {
        /** How a person names the case: its reference, or the start of its id until the reference arrives. */
        public String caseName() {
            return CaseNames.of(caseId, caseReference);
        }
    }
}
