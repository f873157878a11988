package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A case referred to the police closes after the police outcome, unless the DSL records why not. */
public class PoliceOutcomeRequiredException extends DomainRuleViolation {

    public PoliceOutcomeRequiredException(CaseId caseId) {
        super(
                422,
                "police-outcome-required",
                "This case awaits the police outcome; wait for it or record why the case closes without it.");
    }
}
