package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A child protection file goes to the school the child moves to, never to the school that holds it. */
public class TransferToOwnSchoolException extends DomainRuleViolation {

    public TransferToOwnSchoolException(String urn) {
        super(
                422,
                "transfer-to-own-school",
                "URN " + urn + " is this school's own; give the URN of the school the child moves to.");
    }
}
