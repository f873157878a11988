package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * A police event names a force the school never referred or escalated the case to, and no force it was
 * transferred to: the event is refused and the case stays as it was (ADR 0014).
 */
public class NotTheCasesForceException extends DomainRuleViolation {

    public NotTheCasesForceException(CaseId caseId, String forceCode) {
        super(409, "not-the-cases-force", "This case was not sent to force " + forceCode + ".");
    }
}
