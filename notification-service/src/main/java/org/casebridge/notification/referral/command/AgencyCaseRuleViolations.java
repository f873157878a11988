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
}
