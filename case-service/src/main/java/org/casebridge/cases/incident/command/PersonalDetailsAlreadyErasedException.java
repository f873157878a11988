package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The case's key is already destroyed. */
public class PersonalDetailsAlreadyErasedException extends DomainRuleViolation {

    public PersonalDetailsAlreadyErasedException(CaseId caseId) {
        super(409, "personal-details-already-erased", "The personal details of this case are already erased.");
    }
}
