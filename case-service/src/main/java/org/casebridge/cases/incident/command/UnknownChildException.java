package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The child ref is not one of the case's children. */
public class UnknownChildException extends DomainRuleViolation {

    public UnknownChildException(CaseId caseId, String childRef) {
        super(422, "unknown-child", "This case has no child " + childRef + ".");
    }
}
