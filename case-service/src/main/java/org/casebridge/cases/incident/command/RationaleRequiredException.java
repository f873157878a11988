package org.casebridge.cases.incident.command;

import java.util.Map;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A decision the guidance asks to justify came without a rationale long enough to say why. */
public class RationaleRequiredException extends DomainRuleViolation {

    public RationaleRequiredException(String what) {
        super(
                422,
                "rationale-required",
                what + " needs a rationale of at least " + CaseLimits.MIN_RATIONALE_LENGTH + " characters.");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("minimumLength", CaseLimits.MIN_RATIONALE_LENGTH);
    }
}
