package org.casebridge.platform.kafka;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;

/**
 * Which of a service's domain events are published, on which topic, and as what integration event. A service
 * declares exactly one; everything not mapped stays inside the service. A domain event may also be published as a
 * second integration event ({@link Builder#alsoAs}), for a new version beside the old one during its deprecation.
 */
public final class IntegrationEventMapping {

    private final String topic;
    private final URI source;
    private final Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers;
    private final Map<Class<?>, List<Function<Object, ? extends IntegrationEvent>>> alsoAs;

    private IntegrationEventMapping(
            String topic,
            URI source,
            Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers,
            Map<Class<?>, List<Function<Object, ? extends IntegrationEvent>>> alsoAs) {
        this.topic = topic;
        this.source = source;
        this.mappers = Map.copyOf(mappers);
        this.alsoAs = Map.copyOf(alsoAs);
    }

    /** One integration event to send, with its CloudEvents id. */
    public record Publication(String id, IntegrationEvent event) {}

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

    /**
     * Every integration event a domain event is published as: the first keeps the domain event's id, each further
     * one (from {@link Builder#alsoAs}) gets a name-based id of the domain event's id and its type, the same on every
     * republication, so consumers deduplicating by id keep each once.
     */
    public List<Publication> publications(Object domainEvent, String eventId) {
        List<Publication> publications = new ArrayList<>();
        map(domainEvent).ifPresent(event -> publications.add(new Publication(eventId, event)));
        for (Function<Object, ? extends IntegrationEvent> mapper :
                alsoAs.getOrDefault(domainEvent.getClass(), List.of())) {
            IntegrationEvent event = mapper.apply(domainEvent);
            if (event != null) {
                String type = IntegrationEventTypes.typeOf(event.getClass());
                publications.add(new Publication(
                        UUID.nameUUIDFromBytes((eventId + "/" + type).getBytes(StandardCharsets.UTF_8))
                                .toString(),
                        event));
            }
        }
        return publications;
    }

    /** Collects the mappers of one service. */
    public static final class Builder {

        private final String topic;
        private final URI source;
        private final Map<Class<?>, Function<Object, ? extends IntegrationEvent>> mappers = new LinkedHashMap<>();
        private final Map<Class<?>, List<Function<Object, ? extends IntegrationEvent>>> alsoAs = new LinkedHashMap<>();

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

        /**
         * Publishes events of {@code domainEventType}, already mapped, also as what {@code mapper} returns (for
         * example a version 2 beside version 1); a mapper returning {@code null} adds nothing for that event.
         */
        public <E> Builder alsoAs(Class<E> domainEventType, Function<E, ? extends IntegrationEvent> mapper) {
            Objects.requireNonNull(mapper);
            if (!mappers.containsKey(domainEventType)) {
                throw new IllegalArgumentException(domainEventType.getName() + " is not mapped yet");
            }
            alsoAs.computeIfAbsent(domainEventType, key -> new ArrayList<>())
                    .add(event -> mapper.apply(domainEventType.cast(event)));
            return this;
        }

        public IntegrationEventMapping build() {
            Map<Class<?>, List<Function<Object, ? extends IntegrationEvent>>> copies = new LinkedHashMap<>();
            alsoAs.forEach((type, list) -> copies.put(type, List.copyOf(list)));
            return new IntegrationEventMapping(topic, source, mappers, copies);
        }
    }
}
