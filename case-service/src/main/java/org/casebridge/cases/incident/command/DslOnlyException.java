package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * Only the school's Designated Safeguarding Lead may act on its cases. The answer is the same whichever case was
 * named, and whether or not it exists, so it says nothing about the case.
 */
public class DslOnlyException extends DomainRuleViolation {

    public DslOnlyException(String role) {
        super(
                403,
                "dsl-only",
                "Only a school's Designated Safeguarding Lead may record or change a case; the role " + role
                        + " may not.");
    }
}
