package org.casebridge.police.shared;

import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** Only a police liaison officer or supervisor acts on a force's record. */
public class PoliceRoleRequiredException extends DomainRuleViolation {

    private final String role;

    public PoliceRoleRequiredException(String role) {
        super(
                403,
                "police-role-required",
                "Only a police liaison officer or supervisor may do this, not " + role + ".");
        this.role = role;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("role", role);
    }
}
