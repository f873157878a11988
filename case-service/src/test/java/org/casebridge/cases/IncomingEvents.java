package org.casebridge.cases;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.kafka.DeadLetters;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.casebridge.platform.test.KafkaTestRecords;

/**
 * What the ITs that play the police or an agency send to the case service: an integration event on the topic it reads,
 * encoded as its producer would, and sent before the call returns.
 */
public final class IncomingEvents {

    private final CloudEventCodec codec;

    public IncomingEvents(CloudEventCodec codec) {
        this.codec = codec;
    }

    /** An event from the police, with a new event id. */
    public void fromPolice(PoliceEvent event) throws Exception {
        send(Topics.POLICE_EVENTS, Topics.POLICE_SOURCE, UUID.randomUUID().toString(), event);
    }

    /** An event from an agency (the LADO, children's social care), with a new event id. */
    public void fromAgency(IntegrationEvent event) throws Exception {
        send(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                UUID.randomUUID().toString(),
                event);
    }

    /** An event as {@code source} sends it on {@code topic}, with a new event id. */
    public void send(String topic, String source, IntegrationEvent event) throws Exception {
        send(topic, source, UUID.randomUUID().toString(), event);
    }

    /** An event as {@code source} sends it on {@code topic}, with the given id (the same id twice is one event). */
    public void send(String topic, String source, String eventId, IntegrationEvent event) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(codec.encode(topic, URI.create(source), eventId, Instant.now(), event))
                    .get();
        }
    }

    /**
     * Why the case service parked what it read from {@code topic}: the exception message of each record {@code wanted}
     * picks on the topic's dead-letter topic, once {@code count} of them are there.
     */
    public static List<String> parkedBecause(
            String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, int count, Duration patience) {
        return KafkaTestRecords.read(DeadLetters.topicFor(topic), wanted, count, patience).stream()
                .map(record -> KafkaTestRecords.header(record, "kafka_dlt-exception-message"))
                .toList();
    }

    /** A producer on the embedded broker, for a record no codec would write (a malformed one, for example). */
    public static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }
}
