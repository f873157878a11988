package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A LADO referral needs an adult in a position of trust recorded on the case first. */
public class NoAdultInPositionOfTrustException extends DomainRuleViolation {

    public NoAdultInPositionOfTrustException() {
        super(
                422,
                "no-adult-in-position-of-trust",
                "Record the adult in a position of trust who is or may be involved before referring the case to the"
                        + " LADO.");
    }
}
