package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The case has already been referred or handled in school; later changes are escalations. */
public class DecisionAlreadyMadeException extends DomainRuleViolation {

    public DecisionAlreadyMadeException(CaseId caseId, CaseStatus route) {
        super(
                409,
                "decision-already-made",
                "This case is already " + route + "; escalate it with new information instead.");
    }
}
