package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * A decision to refer or handle in school, and anything done to the imagery, follows the initial review. The detail
 * names no case id: a DSL reads it on the case's own page, where the case is known by its reference (ADR 0048).
 */
public class InitialReviewRequiredException extends DomainRuleViolation {

    public InitialReviewRequiredException() {
        super(
                409,
                "initial-review-required",
                "Record the initial review of this case before deciding; to refer at once, escalate.");
    }

    /** The imagery and devices are left untouched until the initial review has decided what happens to them. */
    public InitialReviewRequiredException(String action) {
        super(
                409,
                "initial-review-required",
                "Record the initial review of this case before " + action
                        + ": it decides whether the police must see the imagery first.");
    }
}
