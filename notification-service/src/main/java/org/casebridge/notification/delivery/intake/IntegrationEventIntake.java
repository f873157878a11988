package org.casebridge.notification.delivery.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.notification.delivery.EventJson;
import org.casebridge.notification.delivery.outbox.DeliveryTraces;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.PoisonRecordException;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.kafka.WantedEvents;
import org.casebridge.platform.observability.TraceContexts;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Consumes both topics through the platform inbox, which refuses an event without a lawful basis (ADR 0024). In one
 * transaction per event: keep a copy with its controller and that basis, learn what it says about its case, and queue
 * the deliveries it entitles. The record is acknowledged after the commit. The reads of a school's case by the police
 * and the agencies (ADR 0070) are passed over before any database work (ADR 0071): no agency receives them and the
 * case table learns nothing from them, so a copy of them would only be personal data kept for nothing (ADR 0075). A
 * school's legal hold, or a force's on its escalation, is kept as a copy like any event and recorded per case for the
 * retention job (ADR 0082, ADR 0087).
 */
@Component
public class IntegrationEventIntake {

    /** The inbox consumer name: the effect is "deliveries planned". */
    static final String CONSUMER = "deliveries";

    /** The events passed over: each reaches no agency (DeliveryIntakeWantedEventsTest checks it). */
    static final Set<Class<? extends IntegrationEvent>> PASSED_OVER =
            Set.of(CaseReadByPoliceEvent.class, CaseReadByAgencyEvent.class);

    /** Every event of the published language but those passed over. */
    static final WantedEvents WANTED = new WantedEvents(IntegrationEventTypes.all().values().stream()
            .filter(type -> !PASSED_OVER.contains(type))
            .collect(Collectors.toSet()));

    private static final String UNKNOWN_SOURCE = "/casebridge/unknown";

    private final IntegrationEventInbox inbox;
    private final ReceivedEvents receivedEvents;
    private final CaseDirectory cases;
    private final CaseLegalHolds holds;
    private final DeliveryPlanner planner;
    private final Clock clock;
    private final TraceContexts traces;
    private final DeliveryTraces deliveryTraces;

    public IntegrationEventIntake(
            IntegrationEventInbox inbox,
            ReceivedEvents receivedEvents,
            CaseDirectory cases,
            CaseLegalHolds holds,
            DeliveryPlanner planner,
            Clock clock,
            TraceContexts traces,
            DeliveryTraces deliveryTraces) {
        this.inbox = inbox;
        this.receivedEvents = receivedEvents;
        this.cases = cases;
        this.holds = holds;
        this.planner = planner;
        this.clock = clock;
        this.traces = traces;
        this.deliveryTraces = deliveryTraces;
    }

    @KafkaListener(
            topics = {Topics.SCHOOL_EVENTS, Topics.POLICE_EVENTS},
            groupId = "${casebridge.notification.delivery.consumer:notification-service}")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        String source = source(record);
        inbox.receive(record, CONSUMER, WANTED, received -> accept(received, source));
        ack.acknowledge();
    }

    private void accept(ReceivedEvent received, String source) {
        Instant now = clock.instant();
        Instant occurredAt = received.time() == null ? now : received.time();
        String payload;
        try {
            payload = EventJson.MAPPER.writeValueAsString(received.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep event " + received.eventId(), e);
        }
        Controller controller = LawfulBases.controllerOf(received.event())
                .orElseThrow(() -> new PoisonRecordException(
                        "Event " + received.eventId() + " of type " + received.type() + " names no controller"));
        receivedEvents
                .store(
                        received.eventId(),
                        received.type(),
                        source,
                        received.caseId(),
                        occurredAt,
                        now,
                        payload,
                        controller,
                        received.lawfulBasis())
                .ifPresent(stored -> {
                    cases.learn(received.event(), occurredAt);
                    holds.learn(received.event(), received.eventId());
                    planner.plan(stored, received.event());
                    deliveryTraces.received(received.eventId(), traces.current());
                });
    }

    private static String source(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_source");
        return header == null ? UNKNOWN_SOURCE : new String(header.value(), StandardCharsets.UTF_8);
    }
}
