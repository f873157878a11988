package org.casebridge.cases.agency.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules of a school's strategy-meeting action. */
public final class SchoolStrategyActionViolations {

    private SchoolStrategyActionViolations() {}

    /** Only the DSL of the school that owns the action marks it done. */
    public static final class NotTheActionsOwnerException extends DomainRuleViolation {
        public NotTheActionsOwnerException() {
            super(
                    403,
                    "not-the-actions-owner",
                    "Only the Designated Safeguarding Lead of the school that owns the action may mark it done.");
        }
    }
}
