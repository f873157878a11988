package org.casebridge.platform.kafka;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.casebridge.events.IntegrationEvent;

/**
 * Which of a service's domain events are published, on which topic, and as what integration event. A service
 * declares exactly one; everything not mapped stays inside the service.
 */
public final class IntegrationEventMapping {

    private final String topic;
    private final URI source;
    private final Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers;

    private IntegrationEventMapping(
            String topic, URI source, Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers) {
        this.topic = topic;
        this.source = source;
        this.mappers = Map.copyOf(mappers);
    }

    /**
     * @param topic  the topic this service publishes to, one of {@link org.casebridge.events.Topics}
     * @param source the CloudEvents source, for example {@code /casebridge/case-service}
     */
    public static Builder forTopic(String topic, String source) {
        return new Builder(topic, URI.create(source));
    }

    public String topic() {
        return topic;
    }

    public URI source() {
        return source;
    }

    /** The domain event classes this mapping may publish; the reconciliation check looks only at these. */
    public Set<Class<?>> domainEventTypes() {
        return mappers.keySet();
    }

    /** Whether the payload's class is mapped at all (it may still map to nothing for a given event). */
    public boolean handles(Object domainEvent) {
        return mappers.containsKey(domainEvent.getClass());
    }

    /** The integration event for a domain event, or empty when the event is not published. */
    public Optional<IntegrationEvent> map(Object domainEvent) {
        Function<Object, ? extends IntegrationEvent> mapper = mappers.get(domainEvent.getClass());
        return mapper == null ? Optional.empty() : Optional.ofNullable(mapper.apply(domainEvent));
    }

    /** Collects the mappers of one service. */
    public static final class Builder {

        private final String topic;
        private final URI source;
        private final Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers = new LinkedHashMap<>();

        private Builder(String topic, URI source) {
            this.topic = Objects.requireNonNull(topic);
            this.source = Objects.requireNonNull(source);
        }

        /**
         * Publishes events of {@code domainEventType} as what {@code mapper} returns; a mapper returning
         * {@code null} keeps that particular event inside the service.
         */
        public <E> Builder map(Class<E> domainEventType, Function<E, ? extends IntegrationEvent> mapper) {
            Objects.requireNonNull(mapper);
            if (mappers.putIfAbsent(domainEventType, event -> mapper.apply(domainEventType.cast(event))) != null) {
                throw new IllegalArgumentException(domainEventType.getName() + " is mapped twice");
            }
            return this;
        }

        public IntegrationEventMapping build() {
            return new IntegrationEventMapping(topic, source, mappers);
        }
    }
}
