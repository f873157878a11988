package org.casebridge.police.strategy.command;

import java.time.Instant;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules a {@link StrategyMeeting} enforces, one exception (and one problem type) each. */
public final class StrategyMeetingRuleViolations {

    private StrategyMeetingRuleViolations() {}

    /** Working Together 2023: children's social care attends every strategy meeting. */
    public static final class SocialCareNotInvitedException extends DomainRuleViolation {
        public SocialCareNotInvitedException() {
            super(422, "social-care-not-invited", "Invite children's social care to a strategy meeting.");
        }
    }

    public static final class StrategyMeetingNotHeldException extends DomainRuleViolation {
        public StrategyMeetingNotHeldException(String meetingId) {
            super(
                    409,
                    "strategy-meeting-not-held",
                    "Record who attended strategy meeting " + meetingId + " before what it shared or decided.");
        }
    }

    public static final class StrategyMeetingAlreadyHeldException extends DomainRuleViolation {
        public StrategyMeetingAlreadyHeldException(String meetingId) {
            super(409, "strategy-meeting-already-held", "The attendance of meeting " + meetingId + " is recorded.");
        }
    }

    public static final class Section47AnswerRequiredException extends DomainRuleViolation {
        public Section47AnswerRequiredException() {
            super(
                    422,
                    "section-47-answer-required",
                    "Say whether s.47 enquiries start (startSection47 true or false).");
        }
    }

    public static final class ActionDueInPastException extends DomainRuleViolation {
        public ActionDueInPastException(Instant dueBy) {
            super(422, "action-due-in-past", "An action cannot be due in the past (" + dueBy + ").");
        }
    }

    public static final class HeldInFutureException extends DomainRuleViolation {
        public HeldInFutureException(Instant heldAt) {
            super(422, "time-in-future", "A meeting cannot have been held in the future (" + heldAt + ").");
        }
    }

    /** An organisation said it completed an action that is not its own (ADR 0022). */
    public static final class NotTheActionsOwnerException extends DomainRuleViolation {
        public NotTheActionsOwnerException(String actionId) {
            super(
                    403,
                    "not-the-actions-owner",
                    "Action " + actionId + " is not owned by the organisation that" + " says it completed it.");
        }
    }

    /** A strategy meeting is convened on an escalation the force accepted (not new, not declined). */
    public static final class EscalationNotAcceptedForMeetingException extends DomainRuleViolation {
        public EscalationNotAcceptedForMeetingException(String caseId) {
            super(
                    409,
                    "escalation-not-accepted",
                    "Escalation " + caseId + " is not accepted by the force (new, declined or unknown): accept it"
                            + " before convening a strategy meeting.");
        }
    }
}
