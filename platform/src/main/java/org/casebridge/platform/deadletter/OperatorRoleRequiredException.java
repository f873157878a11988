package org.casebridge.platform.deadletter;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Dead letters are for operators (list and retry) and auditors (list). */
class OperatorRoleRequiredException extends DomainRuleViolation {

    OperatorRoleRequiredException(String action, String role) {
        super(
                403,
                "operator-role-required",
                "Only an operator may " + action + " parked events" + (action.equals("list") ? " (or an auditor)" : "")
                        + ", not " + role + ".");
    }
}
