package org.casebridge.platform.kafka;

import java.util.Optional;
import java.util.Set;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;

/**
 * The integration events a consumer acts on (ADR 0071). The inbox reads a record's CloudEvents type from its header
 * and passes over a record of any other known type before decoding it and before any database work: a consumer that
 * would do nothing with an event need not pay a transaction and an inbox row to remember that it did nothing, and
 * doing nothing twice is harmless, so no idempotency is lost. A record of a type the published language does not know
 * is never passed over here: it goes on to the inbox's own checks as before.
 *
 * @param classes the event classes acted on; a class also stands for its subtypes
 */
public record WantedEvents(Set<Class<? extends IntegrationEvent>> classes) {

    public WantedEvents {
        classes = Set.copyOf(classes);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("A consumer wants at least one event class");
        }
    }

    /** Every integration event: the consumer acts on (or keeps) whatever arrives. */
    public static WantedEvents all() {
        return new WantedEvents(Set.of(IntegrationEvent.class));
    }

    /** Only these event classes (and their subtypes). */
    @SafeVarargs
    public static WantedEvents only(Class<? extends IntegrationEvent>... classes) {
        return new WantedEvents(Set.of(classes));
    }

    /** Whether a record of this known event class is acted on. */
    public boolean includes(Class<? extends IntegrationEvent> eventClass) {
        return classes.stream().anyMatch(wanted -> wanted.isAssignableFrom(eventClass));
    }

    /**
     * The known event class of a CloudEvents type that this consumer does not act on; empty when the type is wanted
     * or unknown (an unknown type is left to the inbox's decoding and its log line).
     */
    Optional<Class<? extends IntegrationEvent>> unwanted(String type) {
        return IntegrationEventTypes.classOf(type).filter(eventClass -> !includes(eventClass));
    }
}
