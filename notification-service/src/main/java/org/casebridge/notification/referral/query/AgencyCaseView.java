package org.casebridge.notification.referral.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agency's part in a case as the agency sees it: the referral and its clock, section 47 and its own actions.
 *
 * @param overdue the acknowledgement is late: the clock ran out, or the acknowledgement came after it was due
 * @param schoolName the school's name from the school reference data, beside its URN (ADR 0052); null when the
 *     agency was not referred the case
 * @param section47OutcomeWords the outcome of section 47 enquiries in words, beside its code; null when none
 * @param lado the referral to the agency as the area's LADO (ADR 0055); null when none
 */
public record AgencyCaseView(
        String caseId,
        String agencyId,
        String schoolUrn,
        String localAuthorityCode,
        Instant referredAt,
        Instant acknowledgeBy,
        Instant acknowledgedAt,
        boolean overdue,
        Instant section47StartedAt,
        String section47Outcome,
        Instant section47OutcomeAt,
        List<Action> actions,
        String schoolName,
        String section47OutcomeWords,
        Lado lado) {

    public AgencyCaseView {
        actions = List.copyOf(actions);
    }

    /** The same part in the case with its LADO referral (ADR 0055). */
    public AgencyCaseView withLado(Lado lado) {
        return new AgencyCaseView(
                caseId,
                agencyId,
                schoolUrn,
                localAuthorityCode,
                referredAt,
                acknowledgeBy,
                acknowledgedAt,
                overdue,
                section47StartedAt,
                section47Outcome,
                section47OutcomeAt,
                actions,
                schoolName,
                section47OutcomeWords,
                lado);
    }

    /**
     * The school's referral to this agency as the area's LADO (ADR 0055): the adults by role and employer's kind, the
     * number of children, when the school's referral was due and whether it came late ({@code referralLate}), the
     * acknowledgement and whether it is {@code acknowledgementOverdue}, the allegation management meeting (its day,
     * attendees and the decision's rationale) and the outcome (SUBSTANTIATED, UNSUBSTANTIATED, UNFOUNDED, FALSE or
     * MALICIOUS) in code and words; once concluded, the last day the LADO's record is kept ({@code keptUntil}) and why
     * ({@code keptWhy}, ADR 0084) until its personal details are erased ({@code freeTextErasedAt}). Null when the
     * case was not referred to the agency as a LADO.
     */
    public record Lado(
            List<Adult> adults,
            int children,
            Instant referredAt,
            Instant referralDueBy,
            boolean referralLate,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            boolean acknowledgementOverdue,
            LocalDate meetingHeldOn,
            List<Attendee> meetingAttendees,
            String meetingRationale,
            String outcome,
            String outcomeWords,
            String outcomeRationale,
            Instant outcomeRecordedAt,
            LocalDate keptUntil,
            String keptWhy,
            Instant freeTextErasedAt) {

        public Lado {
            adults = List.copyOf(adults);
            meetingAttendees = List.copyOf(meetingAttendees);
        }
    }

    /**
     * An adult in a position of trust: a ref, the role and the employer's kind, in code and words; the normal pension age
     * the LADO recorded ({@code pensionAgeRecordedAt} set and {@code pensionAgeOn} null: not known), and the adult's
     * consent to keep the record of a false or malicious allegation (who recorded it, when, its basis) or its
     * withdrawal (ADR 0084).
     */
    public record Adult(
            String ref,
            String role,
            String roleWords,
            String employer,
            String employerWords,
            LocalDate pensionAgeOn,
            Instant pensionAgeRecordedAt,
            String pensionAgeRecordedBy,
            Instant retentionConsentAt,
            String retentionConsentBy,
            String retentionConsentBasis,
            Instant consentWithdrawnAt,
            String consentWithdrawnBy,
            String consentWithdrawalRationale) {

        public boolean consented() {
            return retentionConsentAt != null;
        }
    }

    /** An attendee of the allegation management meeting: the role (code and words) and the organisation. */
    public record Attendee(String role, String roleWords, String organisation) {}

    public boolean referred() {
        return referredAt != null;
    }

    /**
     * A strategy-meeting action the agency owns: what it is by the police's code ({@code actionType}) and in words
     * ({@code what}); the meeting's own description stays with the police.
     */
    public record Action(
            String meetingId,
            String actionId,
            String actionType,
            String what,
            Instant dueBy,
            Instant completedByAgencyAt,
            Instant completedAt) {}
}
