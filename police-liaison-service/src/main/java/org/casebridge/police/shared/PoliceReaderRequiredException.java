package org.casebridge.police.shared;

import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A force's lists (inbox, sign-off queue, actions) are for its officers and supervisors, and for auditors. */
public class PoliceReaderRequiredException extends DomainRuleViolation {

    private final String role;

    public PoliceReaderRequiredException(String role) {
        super(
                403,
                "police-reader-required",
                "Only police officers and supervisors, and auditors, read a force's" + " lists, not " + role + ".");
        this.role = role;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("role", role);
    }
}
