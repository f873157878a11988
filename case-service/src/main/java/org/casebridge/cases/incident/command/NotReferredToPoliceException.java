package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A device goes to the police only in a case referred or escalated to them. */
public class NotReferredToPoliceException extends DomainRuleViolation {

    public NotReferredToPoliceException(CaseId caseId) {
        super(
                409,
                "not-referred-to-police",
                "This case was never referred to the police: refer or escalate it before handing a device" + " over.");
    }
}
