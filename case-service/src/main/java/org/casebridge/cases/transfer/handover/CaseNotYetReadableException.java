package org.casebridge.cases.transfer.handover;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * The case's read model, from which a transferred record is copied, does not show the child yet: a change made a
 * moment ago is still being recorded. Nothing was sent; the same request succeeds a moment later.
 */
public class CaseNotYetReadableException extends DomainRuleViolation {

    public CaseNotYetReadableException(String childRef) {
        super(
                409,
                "case-not-yet-readable",
                "The case's latest change about " + childRef + " is still being recorded; nothing was sent. Try again"
                        + " in a moment.");
    }
}
