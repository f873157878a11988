package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A record lacks a detail it cannot do without (an exhibit reference, a witness, whom a device went to). */
public class RequiredDetailMissingException extends DomainRuleViolation {

    public RequiredDetailMissingException(String detail) {
        super(422, "required-detail-missing", "The record needs " + detail + ".");
    }
}
