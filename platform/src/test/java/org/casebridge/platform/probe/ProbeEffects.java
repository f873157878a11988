package org.casebridge.platform.probe;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/** A consumer whose effect is a row per event: counting rows counts effects. */
@Component
class ProbeEffects {

    private final IntegrationEventInbox inbox;
    private final JdbcTemplate jdbc;
    private final Tracer tracer;
    private final ProbeTraces traces;

    ProbeEffects(IntegrationEventInbox inbox, JdbcTemplate jdbc, Tracer tracer, ProbeTraces traces) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.tracer = tracer;
        this.traces = traces;
    }

    @KafkaListener(topics = Topics.SCHOOL_EVENTS, groupId = "probe")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, "probe-effects", received -> {
            Span span = tracer.currentSpan();
            if (span != null) {
                traces.effect(received.eventId(), span.context().traceId());
            }
            jdbc.update(
                    "INSERT INTO probe_effect (event_id, case_id) VALUES (?, ?)",
                    received.eventId(),
                    received.caseId());
        });
        ack.acknowledge();
    }
}
