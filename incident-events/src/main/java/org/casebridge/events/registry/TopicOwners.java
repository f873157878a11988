package org.casebridge.events.registry;

import java.util.Map;
import java.util.Optional;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyEvent;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.school.SchoolEvent;

/** Who may publish on each topic of the published language, and what: consumers refuse anything else (ADR 0014). */
public final class TopicOwners {

    private static final Map<String, Owner> OWNERS = Map.of(
            Topics.SCHOOL_EVENTS, new Owner(Topics.SCHOOL_SOURCE, SchoolEvent.class),
            Topics.POLICE_EVENTS, new Owner(Topics.POLICE_SOURCE, PoliceEvent.class),
            AgencyTopic.AGENCY_EVENTS, new Owner(AgencyTopic.AGENCY_SOURCE, AgencyEvent.class));

    private TopicOwners() {}

    /**
     * The owner of a topic.
     *
     * @param source the CloudEvents source of the owning service
     * @param events the events the topic carries
     */
    public record Owner(String source, Class<? extends IntegrationEvent> events) {}

    /** The owner of one of our topics; empty for any other topic. */
    public static Optional<Owner> of(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }
}
