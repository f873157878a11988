package org.casebridge.notification.referral.command;

import java.time.Instant;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules of an agency's part in a case, each a problem the API and the portal show. */
public final class AgencyCaseRuleViolations {

    private AgencyCaseRuleViolations() {}

    /** Acknowledging a referral that never reached this agency (it is only in the case through an action). */
    public static final class NoReferralToAcknowledgeException extends DomainRuleViolation {
        public NoReferralToAcknowledgeException() {
            super(409, "no-referral-to-acknowledge", "The school did not refer this case to your agency.");
        }
    }

    public static final class Section47AlreadyStartedException extends DomainRuleViolation {
        public Section47AlreadyStartedException() {
            super(409, "section-47-already-started", "Section 47 enquiries are already recorded as started.");
        }
    }

    /** An outcome before the enquiries started. */
    public static final class Section47NotStartedException extends DomainRuleViolation {
        public Section47NotStartedException() {
            super(
                    409,
                    "section-47-not-started",
                    "Record when section 47 enquiries started before recording their outcome.");
        }
    }

    public static final class Section47OutcomeAlreadyRecordedException extends DomainRuleViolation {
        public Section47OutcomeAlreadyRecordedException() {
            super(409, "section-47-outcome-already-recorded", "The outcome of the section 47 enquiries is recorded.");
        }
    }

    public static final class Section47OutcomeRequiredException extends DomainRuleViolation {
        public Section47OutcomeRequiredException() {
            super(
                    422,
                    "section-47-outcome-required",
                    "Choose the outcome: NO_FURTHER_ACTION, CHILD_IN_NEED_SUPPORT or CHILD_PROTECTION_CONFERENCE.");
        }
    }

    /** A start before the referral or in the future. */
    public static final class Section47StartOutOfRangeException extends DomainRuleViolation {
        public Section47StartOutOfRangeException(Instant startedAt) {
            super(
                    422,
                    "section-47-start-out-of-range",
                    "The start of the enquiries (" + startedAt + ") cannot be in the future.");
        }
    }

    /** Someone other than the agency whose record this is (the service checks first; this is the last line). */
    public static final class NotThisAgencyException extends DomainRuleViolation {
        public NotThisAgencyException() {
            super(403, "not-this-agency", "Only the agency whose record this is may change it.");
        }
    }

    /** A LADO step on a case the school did not refer to this LADO. */
    public static final class NoLadoReferralException extends DomainRuleViolation {
        public NoLadoReferralException() {
            super(409, "no-lado-referral", "The school did not refer this case to your agency as its LADO.");
        }
    }

    /** The meeting or the outcome before the referral is acknowledged. */
    public static final class LadoReferralNotAcknowledgedException extends DomainRuleViolation {
        public LadoReferralNotAcknowledgedException() {
            super(
                    409,
                    "lado-referral-not-acknowledged",
                    "Acknowledge the referral before recording the allegation management meeting.");
        }
    }

    public static final class AllegationMeetingAlreadyRecordedException extends DomainRuleViolation {
        public AllegationMeetingAlreadyRecordedException() {
            super(409, "allegation-meeting-already-recorded", "The allegation management meeting is already recorded.");
        }
    }

    /** An outcome before the meeting. */
    public static final class AllegationMeetingNotRecordedException extends DomainRuleViolation {
        public AllegationMeetingNotRecordedException() {
            super(
                    409,
                    "allegation-meeting-not-recorded",
                    "Record the allegation management meeting before the outcome.");
        }
    }

    public static final class AllegationOutcomeAlreadyRecordedException extends DomainRuleViolation {
        public AllegationOutcomeAlreadyRecordedException() {
            super(409, "allegation-outcome-already-recorded", "The allegation's outcome is already recorded.");
        }
    }

    /** A meeting without its day, a day to come, or no attendee; an outcome without its code. */
    public static final class AllegationDetailRequiredException extends DomainRuleViolation {
        public AllegationDetailRequiredException(String detail) {
            super(422, "allegation-detail-required", detail);
        }
    }

    /** A decision of the LADO without its rationale. */
    public static final class AllegationRationaleRequiredException extends DomainRuleViolation {
        public AllegationRationaleRequiredException(String what) {
            super(422, "rationale-required", what + " needs a rationale of at least " + MIN_RATIONALE + " characters.");
        }
    }

    /** The shortest rationale that can say why. */
    public static final int MIN_RATIONALE = 20;

    /** The longest rationale, and the most attendees, a meeting records. */
    public static final int MAX_RATIONALE = 4000;

    public static final int MAX_ATTENDEES = 30;

    public static final int MAX_ORGANISATION = 200;

    /** An erasure of the free text of an agency case whose allegation has no outcome yet (ADR 0075). */
    public static final class AgencyCaseNotConcludedException extends DomainRuleViolation {
        public AgencyCaseNotConcludedException() {
            super(
                    409,
                    "agency-case-not-concluded",
                    "The allegation has no outcome yet, so its record's retention has not started.");
        }
    }

    /** Only the retention job erases an agency case's free text, for the agency whose record it is (ADR 0075). */
    public static final class NotTheRetentionJobException extends DomainRuleViolation {
        public NotTheRetentionJobException() {
            super(403, "not-the-retention-job", "Only the retention job erases an agency case's free text.");
        }
    }
    /** Consent to keep the record asked for an allegation whose outcome is not false or malicious (ADR 0084). */
    public static final class ConsentNeedsFalseOrMaliciousOutcomeException extends DomainRuleViolation {
        public ConsentNeedsFalseOrMaliciousOutcomeException() {
            super(
                    409,
                    "retention-consent-needs-false-or-malicious-outcome",
                    "Consent to keep the record applies only to an allegation whose outcome is false or malicious:"
                            + " any other outcome's record is kept anyway.");
        }
    }

    public static final class RetentionConsentAlreadyRecordedException extends DomainRuleViolation {
        public RetentionConsentAlreadyRecordedException(String adultRef) {
            super(
                    409,
                    "retention-consent-already-recorded",
                    "The consent of " + adultRef + " to keep the record is already recorded.");
        }
    }

    public static final class NoRetentionConsentException extends DomainRuleViolation {
        public NoRetentionConsentException(String adultRef) {
            super(409, "no-retention-consent", adultRef + " has no consent to keep the record to withdraw.");
        }
    }

    /** A pension age or a consent after the record's free text was erased: nothing is left to keep (ADR 0084). */
    public static final class AgencyCaseFreeTextErasedException extends DomainRuleViolation {
        public AgencyCaseFreeTextErasedException() {
            super(
                    409,
                    "agency-case-free-text-erased",
                    "The record's personal details are already erased as its retention ended; they cannot be kept.");
        }
    }

    /** An adult the school's referral did not name. */
    public static final class UnknownAdultException extends DomainRuleViolation {
        public UnknownAdultException() {
            super(422, "unknown-adult", "Choose one of the adults the school's referral named.");
        }
    }

    /** A pension age before the allegation, or so far ahead it cannot be one (ADR 0084). */
    public static final class PensionAgeOutOfRangeException extends DomainRuleViolation {
        public PensionAgeOutOfRangeException(String detail) {
            super(422, "pension-age-out-of-range", detail);
        }
    }

    /** The furthest ahead of the allegation a normal pension age can be. */
    public static final int MAX_YEARS_TO_PENSION_AGE = 60;
}
