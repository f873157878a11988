package org.casebridge.platform.replay;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A replay that cannot start: the group is not a projection, one runs already, or another instance holds it. */
class ReplayRefusedException extends DomainRuleViolation {

    private ReplayRefusedException(int status, String rule, String detail) {
        super(status, rule, detail);
    }

    static ReplayRefusedException notReplayable(String group) {
        return new ReplayRefusedException(
                409,
                "processing-group-not-replayable",
                "Processing group " + group + " sends messages or commands; replaying it would send them again.");
    }

    static ReplayRefusedException running(String group) {
        return new ReplayRefusedException(
                409, "replay-running", "Processing group " + group + " is being replayed already.");
    }

    static ReplayRefusedException claimedElsewhere(String group) {
        return new ReplayRefusedException(
                409,
                "processing-group-claimed-elsewhere",
                "Another instance processes part of " + group + "; stop the group there, or run one instance, and"
                        + " ask again.");
    }

    static ReplayRefusedException operatorOnly(String action, String role) {
        return new ReplayRefusedException(
                403,
                "operator-role-required",
                "Only an operator may " + action + " projections" + (action.equals("list") ? " (or an auditor)" : "")
                        + ", not " + role + ".");
    }
}
