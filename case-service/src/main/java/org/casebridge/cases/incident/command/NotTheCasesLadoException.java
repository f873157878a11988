package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A LADO's step about a case the school never referred to the LADO, or from another LADO than the one that has it. */
public class NotTheCasesLadoException extends DomainRuleViolation {

    public NotTheCasesLadoException(CaseId caseId, String agencyId) {
        super(
                409,
                "not-the-cases-lado",
                "Case " + caseId + " was not referred to the LADO" + (agencyId == null ? "" : " " + agencyId) + ".");
    }
}
