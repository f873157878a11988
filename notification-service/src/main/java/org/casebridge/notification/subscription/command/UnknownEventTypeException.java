package org.casebridge.notification.subscription.command;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A subscription may name only event types of the published language. */
public class UnknownEventTypeException extends DomainRuleViolation {

    private final Set<String> unknown;

    public UnknownEventTypeException(Set<String> unknown) {
        super(422, "unknown-event-type", "Unknown event types: " + new TreeSet<>(unknown));
        this.unknown = new TreeSet<>(unknown);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "unknownTypes",
                unknown,
                "knownTypes",
                IntegrationEventTypes.all().keySet());
    }
}
