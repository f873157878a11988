package org.casebridge.notification.delivery.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.notification.delivery.EventJson;
import org.casebridge.platform.test.EmbeddedInfrastructure;

/**
 * Produces integration events to the real topics as case-service and police-liaison-service do: CloudEvents binary
 * mode ({@code ce_*} headers with the declared lawful basis, JSON body), key = case id.
 */
final class BusRecords implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            EmbeddedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class,
            ProducerConfig.ACKS_CONFIG,
            "all"));

    /** Publishes an event with a new id; returns the id. */
    String publish(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(id, event);
        return id;
    }

    /** Publishes an event with the given CloudEvents id (publishing the same id twice is a duplicate). */
    void publish(String eventId, IntegrationEvent event) {
        publish(eventId, event, Instant.now());
    }

    /** Publishes an event the producer recorded at {@code time}. */
    String publishAt(IntegrationEvent event, Instant time) {
        String id = UUID.randomUUID().toString();
        publish(id, event, time);
        return id;
    }

    /** Publishes an event as a producer that states no lawful basis would; returns its id. */
    String publishWithoutLawfulBasis(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        send(record(id, event, Instant.now()));
        return id;
    }

    /**
     * Publishes a record of a known type, on its owner's topic with its owner's lawful basis, whose JSON body is
     * {@code json} as given, as a faulty producer would; returns its id.
     */
    String publishMalformed(Class<? extends IntegrationEvent> type, String caseId, String json) {
        String id = UUID.randomUUID().toString();
        boolean police = PoliceEvent.class.isAssignableFrom(type);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                police ? Topics.POLICE_EVENTS : Topics.SCHOOL_EVENTS, caseId, json.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", IntegrationEventTypes.typeOf(type));
        header(record, "ce_source", police ? "/casebridge/police-liaison-service" : "/casebridge/case-service");
        header(record, "ce_subject", caseId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        header(
                record,
                "ce_lawfulbasis",
                LawfulBases.declaredFor(type).orElseThrow().attribute());
        send(record);
        return id;
    }

    private void publish(String eventId, IntegrationEvent event, Instant time) {
        ProducerRecord<String, byte[]> record = record(eventId, event, time);
        header(
                record,
                "ce_lawfulbasis",
                LawfulBases.declaredFor(event.getClass()).orElseThrow().attribute());
        send(record);
    }

    private static ProducerRecord<String, byte[]> record(String eventId, IntegrationEvent event, Instant time) {
        boolean police = event instanceof PoliceEvent;
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(police ? Topics.POLICE_EVENTS : Topics.SCHOOL_EVENTS, event.caseId(), json(event));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", IntegrationEventTypes.typeOf(event.getClass()));
        header(record, "ce_source", police ? "/casebridge/police-liaison-service" : "/casebridge/case-service");
        header(record, "ce_subject", event.caseId());
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish a test record", e);
        }
    }

    private static byte[] json(IntegrationEvent event) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
