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

    public static final class ReferralAlreadyAcknowledgedException extends DomainRuleViolation {
        public ReferralAlreadyAcknowledgedException() {
            super(409, "referral-already-acknowledged", "The referral is already acknowledged.");
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

    public static final class ActionAlreadyCompletedException extends DomainRuleViolation {
        public ActionAlreadyCompletedException(String actionId) {
            super(409, "action-already-completed", "Action " + actionId + " is already completed.");
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

    public static final class LadoReferralAlreadyAcknowledgedException extends DomainRuleViolation {
        public LadoReferralAlreadyAcknowledgedException() {
            super(409, "lado-referral-already-acknowledged", "The LADO referral is already acknowledged.");
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
}
