package org.casebridge.events.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebridge.events.EventType;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.agency.AgencyEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.school.SchoolEvent;

/**
 * The registry of integration event types, derived from the sealed hierarchy so that a new record cannot be
 * forgotten: every permitted record must carry {@link EventType}.
 */
public final class IntegrationEventTypes {

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE = build();

    private IntegrationEventTypes() {}

    /** The CloudEvents type of a record class. */
    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " has no @EventType");
        }
        return type.value();
    }

    /** The record class for a CloudEvents type, if it is one of ours. */
    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Every known type, in declaration order. */
    public static Map<String, Class<? extends IntegrationEvent>> all() {
        return BY_TYPE;
    }

    private static Map<String, Class<? extends IntegrationEvent>> build() {
        Map<String, Class<? extends IntegrationEvent>> types = new LinkedHashMap<>();
        Stream.of(SchoolEvent.class, PoliceEvent.class, AgencyEvent.class)
                .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
                .forEach(permitted -> {
                    @SuppressWarnings("unchecked")
                    Class<? extends IntegrationEvent> eventClass = (Class<? extends IntegrationEvent>) permitted;
                    String type = typeOf(eventClass);
                    Class<?> previous = types.putIfAbsent(type, eventClass);
                    if (previous != null) {
                        throw new IllegalStateException("Event type " + type + " is declared by " + previous.getName()
                                + " and " + eventClass.getName());
                    }
                });
        return Collections.unmodifiableMap(types);
    }
}
