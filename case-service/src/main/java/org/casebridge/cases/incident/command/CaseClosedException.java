package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The case is closed; only an escalation reopens it. */
public class CaseClosedException extends DomainRuleViolation {

    public CaseClosedException(CaseId caseId) {
        super(409, "case-closed", "This case is closed; escalate it with new information to reopen it.");
    }
}
