package org.casebridge.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.KafkaTestRecords.header;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.Topics;
import org.casebridge.platform.probe.ProbeTraces;
import org.casebridge.platform.probe.RecordProbeCommand;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tracing and the meters people act on, in a running service on a real PostgreSQL and Kafka broker (ADR 0040, 0041):
 * one trace from a command to the consumer's effect through the stored event and the CloudEvent, and the lag, batch
 * and publisher meters on {@code /actuator/prometheus}.
 */
@CasebridgeIntegrationTest
class ObservabilityIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tracer tracer;

    @Autowired
    ProbeTraces probeTraces;

    @Autowired
    TestRestTemplate http;

    @Test
    void oneTraceFromTheCommandThroughTheStoredEventAndTheCloudEventToTheConsumersEffect() {
        String probeId = UUID.randomUUID().toString();
        Span request = tracer.nextSpan().name("test request").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            commands.sendAndWait(new RecordProbeCommand(probeId, false));
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        String metaData = new String(
                jdbc.queryForObject(
                        "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                        byte[].class,
                        probeId),
                StandardCharsets.UTF_8);
        assertThat(metaData).as("the event is stored with its trace").contains("\"traceparent\":\"00-" + traceId + "-");

        ConsumerRecord<String, byte[]> record =
                KafkaTestRecords.first(Topics.SCHOOL_EVENTS, r -> probeId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(header(record, "ce_traceparent"))
                .as("the CloudEvent carries the distributed-tracing extension")
                .startsWith("00-" + traceId + "-");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(probeTraces.of(header(record, "ce_id")))
                        .as("the consumer's effect ran in the same trace")
                        .contains(traceId));
    }

    @Test
    void theLagBatchAndPublisherMetersAreOnPrometheus() {
        commands.sendAndWait(new RecordProbeCommand(UUID.randomUUID().toString(), false));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(http.getForEntity("/actuator/prometheus", String.class)
                                .getBody())
                        .contains("casebridge_processor_lag_events{", "processing_group=\"kafka-publisher\"")
                        .contains("casebridge_processor_lag_seconds{")
                        .contains("casebridge_processor_batch_duration_seconds_count{")
                        .contains("casebridge_kafka_consumer_lag_records{consumer_group=\"probe-test")
                        .contains("casebridge_events_publish_ack_seconds_count{")
                        .contains("casebridge_events_publish_latency_seconds_count{")
                        .as("Axon's own per-message meters are off unless asked for (ADR 0098)")
                        .doesNotContainPattern("(?m)^(commandBus|eventStore|eventProcessor|queryBus)"));
    }
}
