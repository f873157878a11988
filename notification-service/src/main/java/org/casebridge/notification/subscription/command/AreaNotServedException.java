package org.casebridge.notification.subscription.command;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.platform.problem.DomainRuleViolation;

/** An agency subscribes only to areas the agency directory says it serves: it does not choose its own. */
public class AreaNotServedException extends DomainRuleViolation {

    private final Set<String> notServed;
    private final Set<String> served;

    /** Said to the agency itself, the only one that subscribes for it: "your agency", not its id (ADR 0052). */
    public AreaNotServedException(Set<String> notServed, Set<String> served) {
        super(
                422,
                "area-not-served",
                "The agency directory does not give your agency these areas: " + new TreeSet<>(notServed)
                        + "; it serves " + new TreeSet<>(served));
        this.notServed = new TreeSet<>(notServed);
        this.served = new TreeSet<>(served);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("areasNotServed", notServed, "areasServed", served);
    }
}
