package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * The children of a report break a rule: none, too many, duplicate or non-pseudonymous refs, or an age outside
 * school age.
 */
public class InvalidChildrenException extends DomainRuleViolation {

    public InvalidChildrenException(String detail) {
        super(422, "children-invalid", detail);
    }
}
