package org.casebridge.police.shared;

import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A fact the record cannot do without (a reference, a description) is missing. */
public class InformationRequiredException extends DomainRuleViolation {

    private final String field;

    public InformationRequiredException(String field) {
        super(422, "information-required", "The " + field + " is required.");
        this.field = field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field);
    }
}
