package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.observability.RecordingTracer;
import org.casebridge.platform.observability.TraceContexts;
import org.casebridge.platform.probe.ProbeSchoolEvents;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trace context across the Kafka bridge (ADR 0040), with the tracer a service gets from Spring Boot: the producer
 * writes the CloudEvents distributed-tracing extension, the inbox continues it, and a record without it (sent before
 * ADR 0040) is still consumed, in a new trace.
 */
class TracedBridgeTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PRODUCER_SPAN = "00f067aa0ba902b7";

    private final RecordingTracer recording = new RecordingTracer();
    private final OtelTracer tracer = recording.tracer;
    private final CloudEventCodec codec = new CloudEventCodec();
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final IntegrationEventInbox inbox;

    TracedBridgeTest() {
        when(jdbc.update(anyString(), any(Object[].class))).thenReturn(1);
        inbox = new IntegrationEventInbox(
                codec,
                jdbc,
                new TransactionTemplate(mock(PlatformTransactionManager.class)),
                new BridgeMetrics(new SimpleMeterRegistry(), Clock.systemUTC()),
                recording.traces);
    }

    @Test
    void theProducerWritesTheSpanItSendsInAsCeTraceparentAndTracestate() {
        ProducerRecord<String, byte[]> record = codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create(Topics.SCHOOL_SOURCE),
                UUID.randomUUID().toString(),
                Instant.parse("2026-12-02T10:00:00Z"),
                referral(),
                Map.of(
                        TraceContexts.TRACEPARENT,
                        "00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01",
                        TraceContexts.TRACESTATE,
                        "casebridge=1"));

        assertThat(header(record.headers().lastHeader("ce_traceparent")))
                .isEqualTo("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01");
        assertThat(header(record.headers().lastHeader("ce_tracestate"))).isEqualTo("casebridge=1");
    }

    @Test
    void withoutTraceContextTheRecordCarriesNoTracingHeaders() {
        ProducerRecord<String, byte[]> record = codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create(Topics.SCHOOL_SOURCE),
                UUID.randomUUID().toString(),
                Instant.parse("2026-12-02T10:00:00Z"),
                referral());

        assertThat(record.headers().lastHeader("ce_traceparent")).isNull();
        assertThat(record.headers().lastHeader("ce_tracestate")).isNull();
    }

    @Test
    void theConsumerContinuesTheProducersTraceAndItsEffectRunsInsideIt() {
        List<String> seen = new ArrayList<>();
        boolean applied = inbox.receive(
                consumed(Map.of(TraceContexts.TRACEPARENT, "00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01")),
                "escalations",
                received -> seen.add(currentTraceId()));

        assertThat(applied).isTrue();
        assertThat(seen).containsExactly(TRACE_ID);
        SpanData consumer = finished("escalations org.casebridge.school.referral-made.v1");
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(PRODUCER_SPAN);
        assertThat(consumer.getAttributes().asMap().toString())
                .as("the span names the topic and consumer, never the event's data")
                .contains(Topics.SCHOOL_EVENTS)
                .doesNotContain("100001", "child-1", "E09000033");
    }

    @Test
    void aRecordWithoutTraceContextIsStillConsumedInANewTrace() {
        List<String> seen = new ArrayList<>();
        Span unrelated = tracer.nextSpan().name("listener thread's leftover").start();
        boolean applied;
        try (Tracer.SpanInScope scope = tracer.withSpan(unrelated)) {
            applied = inbox.receive(consumed(Map.of()), "escalations", received -> seen.add(currentTraceId()));
        } finally {
            unrelated.end();
        }

        assertThat(applied).isTrue();
        SpanData consumer = finished("escalations org.casebridge.school.referral-made.v1");
        assertThat(consumer.getParentSpanId()).isEqualTo(SpanId.getInvalid());
        assertThat(seen).containsExactly(consumer.getTraceId());
        assertThat(consumer.getTraceId()).isNotEqualTo(unrelated.context().traceId());
    }

    private String currentTraceId() {
        Span span = tracer.currentSpan();
        return span == null ? "none" : span.context().traceId();
    }

    private SpanData finished(String name) {
        return recording.finished(name);
    }

    private ConsumerRecord<String, byte[]> consumed(Map<String, String> traceContext) {
        ProducerRecord<String, byte[]> sent = codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create(Topics.SCHOOL_SOURCE),
                UUID.randomUUID().toString(),
                Instant.parse("2026-12-02T10:00:00Z"),
                referral(),
                traceContext);
        RecordHeaders headers = new RecordHeaders();
        sent.headers().forEach(headers::add);
        return new ConsumerRecord<>(
                sent.topic(),
                0,
                42L,
                0L,
                TimestampType.CREATE_TIME,
                -1,
                -1,
                sent.key(),
                sent.value(),
                headers,
                Optional.empty());
    }

    private static ReferralMadeEvent referral() {
        return ProbeSchoolEvents.referral(UUID.randomUUID().toString(), Instant.parse("2026-12-02T10:00:00Z"));
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
