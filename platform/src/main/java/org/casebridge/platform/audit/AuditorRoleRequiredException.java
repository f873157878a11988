package org.casebridge.platform.audit;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The audit trail's verification and checkpoints are for auditors. */
class AuditorRoleRequiredException extends DomainRuleViolation {

    AuditorRoleRequiredException(String role) {
        super(
                403,
                "auditor-role-required",
                "Only an auditor may verify the audit trail or export its checkpoints, not " + role + ".");
    }
}
