package org.casebridge.platform.access;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Questions to the whole access log are an auditor's (ADR 0019); others see who read their own cases. */
class AuditorRoleRequiredException extends DomainRuleViolation {

    AuditorRoleRequiredException(String role) {
        super(403, "auditor-role-required", "Only an auditor may search the access log, not " + role + ".");
    }
}
