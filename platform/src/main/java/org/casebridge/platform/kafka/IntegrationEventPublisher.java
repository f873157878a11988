package org.casebridge.platform.kafka;

import io.micrometer.tracing.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.platform.observability.TraceContexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * The event store is the outbox: this processing group reads every stored domain event in order, sends the ones
 * the service maps to integration events, and lets its token advance only once Kafka acknowledged every send of
 * the batch ({@code acks=all}). A failed send rolls the batch back, so it is sent again: at least once, never
 * lost; consumers deduplicate by the CloudEvents id. A replay of the projections never sends again (ADR 0050).
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final String PENDING = IntegrationEventPublisher.class.getName() + ".pending";

    private final IntegrationEventMapping mapping;
    private final CloudEventCodec codec;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcTemplate jdbc;
    private final BridgeMetrics metrics;
    private final Duration sendTimeout;
    private final TraceContexts traces;

    public IntegrationEventPublisher(
            IntegrationEventMapping mapping,
            CloudEventCodec codec,
            KafkaTemplate<String, byte[]> kafka,
            JdbcTemplate jdbc,
            BridgeMetrics metrics,
            Duration sendTimeout,
            TraceContexts traces) {
        this.mapping = mapping;
        this.codec = codec;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.sendTimeout = sendTimeout;
        this.traces = traces;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (!mapping.handles(payload)) {
            return;
        }
        long globalIndex = token.position().orElse(-1L);
        var publications = mapping.publications(payload, message.getIdentifier());
        if (publications.isEmpty()) {
            PublicationLedger.record(jdbc, message.getIdentifier(), globalIndex, null);
            return;
        }
        for (IntegrationEventMapping.Publication publication : publications) {
            IntegrationEvent event = publication.event();
            String type = IntegrationEventTypes.typeOf(event.getClass());
            Span span = producerSpan(type);
            ProducerRecord<String, byte[]> record = codec.encode(
                    mapping.topic(),
                    mapping.source(),
                    publication.id(),
                    message.getTimestamp(),
                    event,
                    span.isNoop() ? Map.of() : traces.of(span.context()));
            CompletableFuture<SendResult<String, byte[]>> send = metrics.timeAcknowledgement(type, kafka.send(record));
            send.whenComplete((result, failure) -> {
                if (failure != null) {
                    span.tag("outcome", "failure");
                }
                span.end();
            });
            pendingSends().add(new Pending(message.getIdentifier(), globalIndex, message.getTimestamp(), type, send));
        }
    }

    /**
     * The span of one send, from the send to Kafka's acknowledgement, a child of the event's handling span: its
     * context is what the record carries as {@code ce_traceparent}. No span (a no-op) when the event carried no trace
     * context, so an event stored before ADR 0040 is sent as before.
     */
    private Span producerSpan(String type) {
        Span current = traces.tracer().currentSpan();
        if (current == null || current.isNoop()) {
            return Span.NOOP;
        }
        return traces.tracer()
                .spanBuilder()
                .setParent(current.context())
                .name("publish " + type)
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", mapping.topic())
                .tag("messaging.operation", "publish")
                .start();
    }

    private List<Pending> pendingSends() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            List<Pending> sends = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<Pending> sends) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (Pending pending : sends) {
            try {
                pending.send().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge event " + pending.eventId(), e);
            }
        }
        for (Pending pending : sends) {
            PublicationLedger.record(jdbc, pending.eventId(), pending.globalIndex(), mapping.topic());
            metrics.published(pending.type());
            metrics.acknowledged(pending.type(), pending.storedAt());
        }
    }

    private record Pending(
            String eventId,
            long globalIndex,
            java.time.Instant storedAt,
            String type,
            CompletableFuture<SendResult<String, byte[]>> send) {}
}
