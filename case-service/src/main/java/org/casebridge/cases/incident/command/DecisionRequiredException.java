package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A case is closed only after it was referred or handled in school. */
public class DecisionRequiredException extends DomainRuleViolation {

    public DecisionRequiredException(CaseId caseId) {
        super(409, "decision-required", "This case has no decision to refer or handle in school yet.");
    }
}
