package org.casebridge.platform.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The check that every stored integration event was published. A streaming processor can skip an event for good
 * when its transaction committed after the gap timeout (Axon issue 4829); the timeouts of ADR 0003 make that
 * practically impossible, and this check makes it harmless: it looks for mapped events behind the publisher's
 * furthest published position that have no ledger row, publishes them, and reports how many it found in the
 * gauge {@code casebridge.events.unpublished}.
 */
public class PublicationReconciler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicationReconciler.class);

    /** Events repaired per run; a backlog larger than this is repaired over several runs. */
    static final int BATCH = 200;

    private final IntegrationEventMapping mapping;
    private final CloudEventCodec codec;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final BridgeMetrics metrics;
    private final Duration sendTimeout;
    private final Duration interval;
    private final AtomicLong lastFound = new AtomicLong();
    private @Nullable ScheduledExecutorService executor;

    public PublicationReconciler(
            IntegrationEventMapping mapping,
            CloudEventCodec codec,
            KafkaTemplate<String, byte[]> kafka,
            JdbcTemplate jdbc,
            Serializer serializer,
            BridgeMetrics metrics,
            MeterRegistry registry,
            Duration sendTimeout,
            Duration interval) {
        this.mapping = mapping;
        this.codec = codec;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.metrics = metrics;
        this.sendTimeout = sendTimeout;
        this.interval = interval;
        Gauge.builder("casebridge.events.unpublished", lastFound, AtomicLong::get)
                .description("Stored integration events found unpublished behind the publisher by the last check")
                .register(registry);
    }

    /** Finds and publishes mapped events the publisher passed without publishing; returns how many it found. */
    public int reconcile() {
        List<String> types =
                mapping.domainEventTypes().stream().map(Class::getName).toList();
        if (types.isEmpty()) {
            return 0;
        }
        String placeholders = String.join(",", types.stream().map(t -> "?").toList());
        Object[] args = types.toArray(new Object[0]);
        List<StoredEvent> missing = jdbc.query(
                """
                SELECT d.global_index, d.event_identifier, d.payload_type, d.payload_revision, d.payload, d.time_stamp
                  FROM domain_event_entry d
                 WHERE d.payload_type IN (%s)
                   AND d.global_index < (SELECT coalesce(max(p.global_index), 0) FROM published_event p)
                   AND NOT EXISTS (SELECT 1 FROM published_event p WHERE p.event_id = d.event_identifier)
                 ORDER BY d.global_index
                 LIMIT %d""".formatted(placeholders, BATCH),
                (rs, row) -> new StoredEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBytes(5),
                        Instant.parse(rs.getString(6))),
                args);
        lastFound.set(missing.size());
        for (StoredEvent stored : missing) {
            republish(stored);
        }
        if (!missing.isEmpty()) {
            log.warn("Published {} integration events the publisher had passed over", missing.size());
        }
        return missing.size();
    }

    private void republish(StoredEvent stored) {
        SerializedObject<byte[]> serialized =
                new SimpleSerializedObject<>(stored.payload(), byte[].class, stored.payloadType(), stored.revision());
        Object payload = serializer.deserialize(serialized);
        var publications = mapping.publications(payload, stored.eventId());
        for (IntegrationEventMapping.Publication publication : publications) {
            IntegrationEvent integrationEvent = publication.event();
            try {
                kafka.send(codec.encode(
                                mapping.topic(),
                                mapping.source(),
                                publication.id(),
                                stored.timestamp(),
                                integrationEvent))
                        .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("Could not republish event {}; the next check tries again", stored.eventId());
                return;
            }
            metrics.republished(IntegrationEventTypes.typeOf(integrationEvent.getClass()));
        }
        PublicationLedger.record(
                jdbc, stored.eventId(), stored.globalIndex(), publications.isEmpty() ? null : mapping.topic());
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "publication-reconciler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::reconcileSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reconcileSafely() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            log.warn("Publication check failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    private record StoredEvent(
            long globalIndex, String eventId, String payloadType, String revision, byte[] payload, Instant timestamp) {}
}
