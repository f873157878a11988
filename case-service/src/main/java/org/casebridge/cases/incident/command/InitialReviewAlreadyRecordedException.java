package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The initial review of a case is recorded once; new information is an escalation. */
public class InitialReviewAlreadyRecordedException extends DomainRuleViolation {

    public InitialReviewAlreadyRecordedException(CaseId caseId) {
        super(
                409,
                "initial-review-already-recorded",
                "The initial review of this case is already recorded; record new information as an escalation.");
    }
}
