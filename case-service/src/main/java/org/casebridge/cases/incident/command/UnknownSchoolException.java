package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The acting organisation is not a school in the reference data. */
public class UnknownSchoolException extends DomainRuleViolation {

    public UnknownSchoolException(String urn) {
        super(
                422,
                "unknown-school",
                "No school with URN " + urn + " is known; load it into the school reference data first.");
    }
}
