package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** Only the school's Designated Safeguarding Lead may act on its cases. */
public class DslOnlyException extends DomainRuleViolation {

    public DslOnlyException(CaseId caseId, String role) {
        super(403, "dsl-only",
                "Only a Designated Safeguarding Lead may act on case " + caseId + ", not a " + role + ".");
    }
}
