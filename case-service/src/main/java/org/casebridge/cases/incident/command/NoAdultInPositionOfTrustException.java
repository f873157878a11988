package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A LADO referral needs an adult in a position of trust recorded on the case first. */
public class NoAdultInPositionOfTrustException extends DomainRuleViolation {

    public NoAdultInPositionOfTrustException(CaseId caseId) {
        super(
                422,
                "no-adult-in-position-of-trust",
                "Record the adult in a position of trust who is or may be involved in case " + caseId
                        + " before referring it to the LADO.");
    }
}
