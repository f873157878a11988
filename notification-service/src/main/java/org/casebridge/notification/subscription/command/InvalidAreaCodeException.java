package org.casebridge.notification.subscription.command;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.platform.problem.DomainRuleViolation;

/** Areas are local authority ONS codes: a country letter and eight digits, for example E09000012. */
public class InvalidAreaCodeException extends DomainRuleViolation {

    private final Set<String> invalid;

    public InvalidAreaCodeException(Set<String> invalid) {
        super(422, "invalid-area-code", "Not local authority codes (for example E09000012): " + new TreeSet<>(invalid));
        this.invalid = new TreeSet<>(invalid);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("invalidAreas", invalid);
    }
}
