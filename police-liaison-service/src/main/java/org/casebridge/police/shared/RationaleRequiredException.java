package org.casebridge.police.shared;

import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The guidance asks for a rationale with this decision, and none was given. */
public class RationaleRequiredException extends DomainRuleViolation {

    private final String decision;

    public RationaleRequiredException(String decision) {
        super(422, "rationale-required", "A rationale is required to " + decision + ".");
        this.decision = decision;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("decision", decision);
    }
}
