package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A legal hold is set once and lifted once. */
public class LegalHoldException extends DomainRuleViolation {

    private LegalHoldException(String rule, String detail) {
        super(409, rule, detail);
    }

    static LegalHoldException alreadySet(CaseId caseId) {
        return new LegalHoldException("legal-hold-already-set", "This case is already under a legal hold.");
    }

    static LegalHoldException none(CaseId caseId) {
        return new LegalHoldException("no-legal-hold", "This case is under no legal hold to lift.");
    }
}
