package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.KafkaTestRecords.header;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.platform.probe.ProbeSchoolEvents;
import org.casebridge.platform.probe.RecordProbeCommand;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pipes, end to end, on a real PostgreSQL and a real Kafka broker. */
@CasebridgeIntegrationTest
class KafkaBridgeIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PublicationReconciler reconciler;

    @Test
    void publishesMappedEventsAsBinaryCloudEventsKeyedByCase() {
        String probeId = UUID.randomUUID().toString();
        String eventId = record(probeId, false);

        ConsumerRecord<String, byte[]> record =
                KafkaTestRecords.first(Topics.SCHOOL_EVENTS, r -> probeId.equals(r.key()), Duration.ofSeconds(30));

        assertThat(header(record, "ce_id")).isEqualTo(eventId);
        assertThat(header(record, "ce_subject")).isEqualTo(probeId);
        assertThat(header(record, "ce_type")).isEqualTo("org.casebridge.school.referral-made.v1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"caseId\":\"" + probeId + "\"");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(meters.find("casebridge.events.publish.latency")
                                .tag("type", "org.casebridge.school.referral-made.v1")
                                .timer())
                        .as("the publisher times each event from the store to Kafka's acknowledgement")
                        .isNotNull()
                        .satisfies(timer -> assertThat(timer.count()).isPositive()));
    }

    @Test
    void keepsUnmappedEventsInsideTheServiceButAccountsForThem() {
        String probeId = UUID.randomUUID().toString();
        String eventId = record(probeId, true);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                jdbc.queryForList("SELECT topic FROM published_event WHERE event_id = ?", eventId))
                        .hasSize(1));
        assertThat(jdbc.queryForObject("SELECT topic FROM published_event WHERE event_id = ?", String.class, eventId))
                .isNull();
    }

    @Test
    void publishingSurvivesARestartAndEveryEffectHappensExactlyOnce() {
        EventProcessor publisher = processing
                .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP)
                .orElseThrow();
        List<String> probes = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> probes.add(send()));
        publisher.shutDown();
        IntStream.range(0, 10).forEach(i -> probes.add(send()));
        publisher.start();
        IntStream.range(0, 5).forEach(i -> probes.add(send()));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(effectsFor(probes)).isEqualTo(probes.size()));

        double duplicatesBefore = duplicates();
        // Replaying the publisher sends every event again, as a crash between send and token update would.
        publisher.shutDown();
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", IntegrationEventPublisher.PROCESSING_GROUP);
        publisher.start();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(duplicates() - duplicatesBefore).isGreaterThanOrEqualTo(probes.size()));
        assertThat(effectsFor(probes)).isEqualTo(probes.size());
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT event_id) FROM probe_effect WHERE case_id IN ("
                                + String.join(
                                        ",",
                                        probes.stream().map(p -> "'" + p + "'").toList()) + ")",
                        Integer.class))
                .isEqualTo(probes.size());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndDoesNotBlockItsPartition() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(
                    Topics.SCHOOL_EVENTS, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_type", "org.casebridge.school.referral-made.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
        ConsumerRecord<String, byte[]> dead = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.SCHOOL_EVENTS), r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();

        String probeId = send();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(effectsFor(List.of(probeId))).isEqualTo(1));
    }

    @Test
    void anEventFromAnotherSourceOrOfAnotherContextGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String forged = UUID.randomUUID().toString();
        String misplaced = UUID.randomUUID().toString();
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(codec.encode(
                            Topics.SCHOOL_EVENTS,
                            URI.create("/casebridge/elsewhere"),
                            UUID.randomUUID().toString(),
                            Instant.now(),
                            ProbeSchoolEvents.referral(forged, Instant.now())))
                    .get();
            ProducerRecord<String, byte[]> police = codec.encode(
                    Topics.POLICE_EVENTS,
                    URI.create(Topics.SCHOOL_SOURCE),
                    UUID.randomUUID().toString(),
                    Instant.now(),
                    new EscalationAcceptedEvent(misplaced, "MPS", Instant.now()));
            producer.send(new ProducerRecord<>(
                            Topics.SCHOOL_EVENTS, null, police.key(), police.value(), police.headers()))
                    .get();
        }
        ConsumerRecord<String, byte[]> dead = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.SCHOOL_EVENTS), r -> forged.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(dead, "kafka_dlt-exception-message"))
                .contains("must come from /casebridge/case-service, not from '/casebridge/elsewhere'");
        ConsumerRecord<String, byte[]> wrongTopic = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.SCHOOL_EVENTS), r -> misplaced.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(wrongTopic, "kafka_dlt-exception-message"))
                .contains("escalation-accepted", "does not belong on casebridge.school.events");
        assertThat(effectsFor(List.of(forged, misplaced))).isZero();
    }

    @Test
    void anEventWithoutALawfulBasisAPublicAuthorityMayShareOnIsParkedAndTheOthersFlow() throws Exception {
        String unstated = UUID.randomUUID().toString();
        String legitimateInterests = UUID.randomUUID().toString();
        String lawful = UUID.randomUUID().toString();
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> withoutBasis = schoolRecord(codec, unstated);
            withoutBasis.headers().remove("ce_lawfulbasis");
            producer.send(withoutBasis).get();
            ProducerRecord<String, byte[]> onLegitimateInterests = schoolRecord(codec, legitimateInterests);
            onLegitimateInterests.headers().remove("ce_lawfulbasis");
            onLegitimateInterests
                    .headers()
                    .add(
                            "ce_lawfulbasis",
                            "UK_GDPR/LEGITIMATE_INTERESTS/SCH1_PARA_18".getBytes(StandardCharsets.UTF_8));
            producer.send(onLegitimateInterests).get();
            producer.send(schoolRecord(codec, lawful)).get();
        }
        for (String parked : List.of(unstated, legitimateInterests)) {
            ConsumerRecord<String, byte[]> dead = KafkaTestRecords.first(
                    DeadLetters.topicFor(Topics.SCHOOL_EVENTS), r -> parked.equals(r.key()), Duration.ofSeconds(30));
            assertThat(header(dead, "kafka_dlt-exception-message"))
                    .contains("carries no lawful basis (CloudEvents extension lawfulbasis)");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(effectsFor(List.of(lawful))).isEqualTo(1));
        assertThat(effectsFor(List.of(unstated, legitimateInterests))).isZero();
    }

    @Test
    void aConsumerPassesOverAnEventItDoesNotActOnWithoutAnInboxRowAndTakesTheOnesItDoes() throws Exception {
        String referred = UUID.randomUUID().toString();
        String escalated = UUID.randomUUID().toString();
        double passedOverBefore = passedOver("org.casebridge.school.referral-made.v1");
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(schoolRecord(codec, referred)).get();
            producer.send(codec.encode(
                            Topics.SCHOOL_EVENTS,
                            URI.create(Topics.SCHOOL_SOURCE),
                            UUID.randomUUID().toString(),
                            Instant.now(),
                            ProbeSchoolEvents.escalation(escalated, Instant.now())))
                    .get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(inboxRows("probe-escalations", escalated)).isEqualTo(1);
            assertThat(passedOver("org.casebridge.school.referral-made.v1") - passedOverBefore)
                    .isGreaterThanOrEqualTo(1);
            assertThat(inboxRows("probe-effects", referred)).isEqualTo(1);
        });
        assertThat(inboxRows("probe-escalations", referred)).isZero();
    }

    private int inboxRows(String consumer, String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND case_id = ?",
                Integer.class,
                consumer,
                caseId);
    }

    private double passedOver(String type) {
        return meters.find("casebridge.events.ignored").tag("type", type).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static ProducerRecord<String, byte[]> schoolRecord(CloudEventCodec codec, String caseId) {
        return codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create(Topics.SCHOOL_SOURCE),
                UUID.randomUUID().toString(),
                Instant.now(),
                ProbeSchoolEvents.referral(caseId, Instant.now()));
    }

    @Test
    void theReconciliationCheckPublishesAnEventThePublisherPassedOver() {
        String skipped = send();
        String later = send();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(effectsFor(List.of(skipped, later))).isEqualTo(2));
        // As if the publisher had skipped the first event as a gap: no ledger row and no effect.
        String eventId = eventIdOf(skipped);
        jdbc.update("DELETE FROM published_event WHERE event_id = ?", eventId);
        jdbc.update("DELETE FROM probe_effect WHERE case_id = ?", skipped);
        jdbc.update("DELETE FROM processed_event WHERE event_id = ?", eventId);

        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(effectsFor(List.of(skipped))).isEqualTo(1));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM published_event WHERE event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
    }

    /** Records a probe (its event is not published when {@code secret}) and answers the event's id. */
    private String record(String probeId, boolean secret) {
        commands.sendAndWait(new RecordProbeCommand(probeId, secret));
        return eventIdOf(probeId);
    }

    private String eventIdOf(String probeId) {
        return jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class,
                probeId);
    }

    private String send() {
        String probeId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordProbeCommand(probeId, false));
        return probeId;
    }

    private int effectsFor(List<String> probes) {
        return jdbc.queryForObject("SELECT count(*) FROM probe_effect WHERE case_id = ANY (?)", Integer.class, (Object)
                probes.toArray(new String[0]));
    }

    private double duplicates() {
        return meters.find("casebridge.events.duplicates").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }
}
