package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A decision to refer or handle in school, and anything done to the imagery, follows the initial review. */
public class InitialReviewRequiredException extends DomainRuleViolation {

    public InitialReviewRequiredException(CaseId caseId) {
        super(
                409,
                "initial-review-required",
                "Record the initial review of case " + caseId + " before deciding; to refer at once, escalate.");
    }

    /** The imagery and devices are left untouched until the initial review has decided what happens to them. */
    public InitialReviewRequiredException(CaseId caseId, String action) {
        super(
                409,
                "initial-review-required",
                "Record the initial review of case " + caseId + " before " + action
                        + ": it decides whether the police must see the imagery first.");
    }
}
