package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * Imagery is evidence while a police referral or re-escalation is open: no deletion, examination, viewing or return
 * until the police leave that device to the school.
 */
public class DeletionWhileReferredException extends DomainRuleViolation {

    public DeletionWhileReferredException(CaseId caseId, String action) {
        super(
                409,
                "deletion-while-referred",
                "This case has an open police referral or re-escalation: " + action
                        + " is refused unless the police decided not to seize that device and left it to the school.");
    }
}
