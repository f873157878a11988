package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * Imagery is evidence while a police referral is open: no deletion or return until the police leave it to the
 * school.
 */
public class DeletionWhileReferredException extends DomainRuleViolation {

    public DeletionWhileReferredException(CaseId caseId, String action) {
        super(
                409,
                "deletion-while-referred",
                "Case " + caseId + " has an open police referral: " + action
                        + " must wait until the police decide not to seize and leave deletion to the school.");
    }
}
