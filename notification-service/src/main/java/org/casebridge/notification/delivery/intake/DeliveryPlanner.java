package org.casebridge.notification.delivery.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.Entitled;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.EventJson;
import org.casebridge.notification.delivery.outbox.DeliveriesQueued;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.casebridge.notification.delivery.outbox.StoredEvent;
import org.casebridge.notification.delivery.sharing.CaseFacts;
import org.casebridge.notification.delivery.sharing.Entitlement;
import org.casebridge.notification.delivery.sharing.SharingPolicy;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns a received event into deliveries: one per subscription it entitles ({@link Entitlement}: the agency
 * directory, the sharing rules, the subscription) on a lawful basis, minimised to what that share may carry, with the
 * rule that entitled it. Runs inside the inbox
 * transaction, so an event is either fully planned or not at all; and again, from the stored copies, when an agency
 * asks for a replay.
 */
@Component
public class DeliveryPlanner {

    private final Subscriptions subscriptions;
    private final CaseDirectory cases;
    private final DeliveryOutbox outbox;
    private final ReceivedEvents receivedEvents;
    private final ObjectMapper json = EventJson.MAPPER;
    private final DeliveryProperties properties;
    private final AgencyDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DeliveryPlanner(
            Subscriptions subscriptions,
            CaseDirectory cases,
            DeliveryOutbox outbox,
            ReceivedEvents receivedEvents,
            DeliveryProperties properties,
            AgencyDirectory directory,
            Clock clock,
            ApplicationEventPublisher events) {
        this.subscriptions = subscriptions;
        this.cases = cases;
        this.outbox = outbox;
        this.receivedEvents = receivedEvents;
        this.properties = properties;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
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
            return announced(queued);
        }
        for (StoredEvent waiting : receivedEvents.awaitingArea(stored.caseId())) {
            queued += enqueueEntitled(waiting, decode(waiting), facts);
            receivedEvents.areaKnown(waiting.seq());
        }
        return announced(queued);
    }

    /** Tells this instance's dispatcher, once the transaction commits, that there is something to send. */
    private int announced(int queued) {
        if (queued > 0) {
            events.publishEvent(new DeliveriesQueued(queued));
        }
        return queued;
    }

    private int enqueueEntitled(StoredEvent stored, IntegrationEvent event, CaseFacts facts) {
        Instant now = clock.instant();
        int queued = 0;
        for (SubscriptionView subscription : subscriptions.activeFor(stored.type())) {
            Entitled entitled =
                    Entitlement.check(subscription, stored.type(), event, stored.occurredAt(), facts, directory);
            if (queued(outbox::enqueue, subscription, stored, entitled, now)) {
                queued++;
            }
        }
        return queued;
    }

    /** What a replay searched and queued. */
    public record Replayed(Instant searchedFrom, int queued) {}

    /**
     * Queues again every stored event since {@code from} that the subscription entitles now, as each was entitled
     * when it happened. The search starts no earlier than the agency began to serve the subscription's areas (any of
     * its areas, for a subscription naming none): nothing before that was ever its to receive.
     */
    public Replayed replay(SubscriptionView subscription, Instant from) {
        Instant now = clock.instant();
        Optional<Instant> servingSince =
                directory.find(subscription.agencyId()).flatMap(agency -> agency.servingSince(subscription.areas()));
        if (servingSince.isEmpty()) {
            return new Replayed(now, 0);
        }
        Instant searchedFrom = from.isBefore(servingSince.get()) ? servingSince.get() : from;
        int queued = 0;
        for (StoredEvent stored : receivedEvents.since(searchedFrom, subscription.eventTypes())) {
            Entitled entitled = Entitlement.check(
                    subscription,
                    stored.type(),
                    decode(stored),
                    stored.occurredAt(),
                    cases.facts(stored.caseId()),
                    directory);
            if (queued(outbox::requeue, subscription, stored, entitled, now)) {
                queued++;
            }
        }
        return new Replayed(searchedFrom, announced(queued));
    }

    /** {@link DeliveryOutbox#enqueue} or {@link DeliveryOutbox#requeue}. */
    private interface OutboxWrite {
        boolean write(
                SubscriptionView subscription,
                StoredEvent stored,
                Entitled entitled,
                String payload,
                Instant now,
                Duration retryPeriod);
    }

    /** Whether the share may be made and {@code write} queued it, with only what the share allows of the event. */
    private boolean queued(
            OutboxWrite write, SubscriptionView subscription, StoredEvent stored, Entitled entitled, Instant now) {
        return shareable(subscription, stored, entitled)
                && write.write(
                        subscription,
                        stored,
                        entitled,
                        minimised(stored, entitled.share()),
                        now,
                        properties.retryPeriod());
    }

    /**
     * A share is made only when a rule entitles the agency, the event names its controller and the basis the controller
     * shared it on, and the subscription's own basis is one a public authority may receive on (ADR 0024): a subscription
     * stored with legitimate interests, a contract or no Schedule 1 condition receives nothing until its agency
     * subscribes again.
     */
    private static boolean shareable(SubscriptionView subscription, StoredEvent stored, Entitled entitled) {
        return entitled.share() != Share.NO
                && stored.controller() != null
                && stored.lawfulBasis() != null
                && subscription.lawfulBasis().permitted();
    }

    private String minimised(StoredEvent stored, Share share) {
        try {
            JsonNode payload = json.readTree(stored.payload());
            return json.writeValueAsString(SharingPolicy.minimise(stored.type(), payload, share));
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
