package org.casebridge.notification.delivery.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Delivery metrics: attempts by outcome and channel, attempt latency as a histogram, and the retry backlog and dead
 * letters as gauges (refreshed by the dispatcher, so a scrape never queries the database).
 */
@Component
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final AtomicLong retryBacklog = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("casebridge.notification.retry.backlog", retryBacklog, AtomicLong::get)
                .description("Deliveries waiting for a retry after a failed attempt")
                .register(registry);
        Gauge.builder("casebridge.notification.dead.letters", deadLetters, AtomicLong::get)
                .description("Deliveries that exhausted their retry period")
                .register(registry);
    }

    public void attempt(String channel, String outcome, Duration latency) {
        Counter.builder("casebridge.notification.deliveries")
                .description("Delivery attempts by outcome (delivered, failed, dead_lettered) and channel")
                .tag("channel", channel)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("casebridge.notification.delivery.latency")
                .description("Time one delivery attempt took")
                .tag("channel", channel)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }

    public void backlog(long retrying, long deadLettered) {
        retryBacklog.set(retrying);
        deadLetters.set(deadLettered);
    }
}
