package org.casebridge.events;

import java.util.Map;
import java.util.Optional;

import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.school.SchoolEvent;

/**
 * Kafka topics of the published language: one per producing context, keyed by case id. Each topic has one owner,
 * named by the CloudEvents {@code source} of its events, and carries only that context's events; consumers refuse
 * anything else (ADR 0014).
 */
public final class Topics {

    /** Integration events published by case-service (the school context). */
    public static final String SCHOOL_EVENTS = "casebridge.school.events";

    /** Integration events published by police-liaison-service (the police context). */
    public static final String POLICE_EVENTS = "casebridge.police.events";

    /** The CloudEvents source of case-service, the only publisher on {@link #SCHOOL_EVENTS}. */
    public static final String SCHOOL_SOURCE = "/casebridge/case-service";

    /** The CloudEvents source of police-liaison-service, the only publisher on {@link #POLICE_EVENTS}. */
    public static final String POLICE_SOURCE = "/casebridge/police-liaison-service";

    private static final Map<String, Owner> OWNERS = Map.of(
            SCHOOL_EVENTS, new Owner(SCHOOL_SOURCE, SchoolEvent.class),
            POLICE_EVENTS, new Owner(POLICE_SOURCE, PoliceEvent.class));

    private Topics() {
    }

    /**
     * Who may publish on a topic, and what.
     *
     * @param source the CloudEvents source of the owning service
     * @param events the events the topic carries
     */
    public record Owner(String source, Class<? extends IntegrationEvent> events) {
    }

    /** The owner of one of our topics; empty for any other topic. */
    public static Optional<Owner> ownerOf(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }
}
