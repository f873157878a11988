package org.casebridge.notification.delivery.intake;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.EventJson;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.casebridge.notification.delivery.sharing.Entitlement;
import org.casebridge.notification.delivery.sharing.SharingPolicy;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Turns a received event into deliveries: one per subscription it entitles, minimised to what that subscription may
 * see. Runs inside the inbox transaction, so an event is either fully planned or not at all; and again, from the
 * stored copies, when an agency asks for a replay.
 */
@Component
public class DeliveryPlanner {

    private final Subscriptions subscriptions;
    private final CaseDirectory cases;
    private final DeliveryOutbox outbox;
    private final ReceivedEvents receivedEvents;
    private final ObjectMapper json = EventJson.MAPPER;
    private final DeliveryProperties properties;
    private final Clock clock;

    public DeliveryPlanner(Subscriptions subscriptions, CaseDirectory cases, DeliveryOutbox outbox,
                           ReceivedEvents receivedEvents, DeliveryProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.cases = cases;
        this.outbox = outbox;
        this.receivedEvents = receivedEvents;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Plans the deliveries of a newly received event; returns how many were queued. An event whose case's area is
     * not known yet (a police event received before the school's referral) is planned for the subscriptions that do
     * not need the area, and again, for all, once an event of the case brings the area.
     */
    public int plan(StoredEvent stored, IntegrationEvent event) {
        CaseFacts facts = cases.facts(stored.caseId());
        int queued = enqueueEntitled(stored, event, facts);
        if (facts.area().isEmpty()) {
            receivedEvents.awaitArea(stored.seq());
            return queued;
        }
        for (StoredEvent waiting : receivedEvents.awaitingArea(stored.caseId())) {
            queued += enqueueEntitled(waiting, decode(waiting), facts);
            receivedEvents.areaKnown(waiting.seq());
        }
        return queued;
    }

    private int enqueueEntitled(StoredEvent stored, IntegrationEvent event, CaseFacts facts) {
        Instant now = clock.instant();
        int queued = 0;
        for (SubscriptionView subscription : subscriptions.activeFor(stored.type())) {
            if (Entitlement.entitles(subscription, stored.type(), event, stored.occurredAt(), facts)
                    && outbox.enqueue(subscription, stored, minimised(stored), now, properties.retryPeriod())) {
                queued++;
            }
        }
        return queued;
    }

    /** Queues again every stored event since {@code from} that the subscription entitles now. */
    public int replay(SubscriptionView subscription, Instant from) {
        Instant now = clock.instant();
        int queued = 0;
        for (StoredEvent stored : receivedEvents.since(from, subscription.eventTypes())) {
            IntegrationEvent event = decode(stored);
            if (Entitlement.entitles(subscription, stored.type(), event, stored.occurredAt(),
                    cases.facts(stored.caseId()))
                    && outbox.requeue(subscription, stored, minimised(stored), now, properties.retryPeriod())) {
                queued++;
            }
        }
        return queued;
    }

    private String minimised(StoredEvent stored) {
        try {
            JsonNode payload = json.readTree(stored.payload());
            return json.writeValueAsString(SharingPolicy.minimise(stored.type(), payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + stored.eventId() + " is not JSON", e);
        }
    }

    private IntegrationEvent decode(StoredEvent stored) {
        Class<? extends IntegrationEvent> type = IntegrationEventTypes.classOf(stored.type())
                .orElseThrow(() -> new IllegalStateException("Unknown stored event type " + stored.type()));
        try {
            return json.readValue(stored.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + stored.eventId() + " does not fit " + stored.type(), e);
        }
    }
}
