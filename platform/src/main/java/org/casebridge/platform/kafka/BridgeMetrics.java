package org.casebridge.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Counters of the Kafka bridge, tagged by CloudEvents type, and the publisher's time to acknowledgement. */
public class BridgeMetrics {

    /** The broker's part: from the send to the acknowledgement. */
    public static final String ACK_TIMER = "casebridge.events.publish.ack";

    private final MeterRegistry registry;
    private final Clock clock;

    public BridgeMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void published(String type) {
        counter("casebridge.events.published", type).increment();
    }

    /**
     * An event Kafka acknowledged, stored at {@code storedAt}: the time from the event store to Kafka, which is
     * what the outbox adds to every integration event's latency (ADR 0029).
     */
    public void acknowledged(String type, Instant storedAt) {
        Timer.builder("casebridge.events.publish.latency")
                .description("From an integration event's time in the event store to Kafka's acknowledgement")
                .tag("type", type)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.between(storedAt, clock.instant()).abs());
    }

    /**
     * Times one send from the moment it is handed to the producer to the broker's acknowledgement (or failure),
     * {@value #ACK_TIMER}: the broker's share of {@code casebridge.events.publish.latency}.
     */
    public <T> CompletableFuture<T> timeAcknowledgement(String type, CompletableFuture<T> send) {
        Timer.Sample sample = Timer.start(registry);
        send.whenComplete((result, failure) -> sample.stop(Timer.builder(ACK_TIMER)
                .description("From handing an integration event to the Kafka producer to the broker's acknowledgement")
                .tag("type", type)
                .tag("outcome", failure == null ? "acknowledged" : "failed")
                .publishPercentileHistogram()
                .register(registry)));
        return send;
    }

    public void republished(String type) {
        counter("casebridge.events.republished", type).increment();
    }

    public void consumed(String type) {
        counter("casebridge.events.consumed", type).increment();
    }

    public void duplicate(String type) {
        counter("casebridge.events.duplicates", type).increment();
    }

    public void ignored(String type) {
        counter("casebridge.events.ignored", type).increment();
    }

    private Counter counter(String name, String type) {
        return Counter.builder(name).tag("type", type).register(registry);
    }
}
