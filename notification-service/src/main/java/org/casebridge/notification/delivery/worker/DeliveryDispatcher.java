package org.casebridge.notification.delivery.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.outbox.DeliveriesQueued;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Polls the outbox and runs one lane per subscription with due deliveries, each on its own virtual thread, at most
 * {@code maxLanes} at once and never two lanes of one subscription on this instance. A slow or failing endpoint holds
 * only its own lane: other subscriptions keep being delivered. Other instances share the work through the claims.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    /** How often the backlog gauges are refreshed. */
    private static final Duration GAUGE_REFRESH = Duration.ofSeconds(5);
    /** Subscriptions considered per poll; more wait for the next poll. */
    private static final int DUE_LIMIT = 1000;

    private final DeliveryOutbox outbox;
    private final DeliveryWorker worker;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Semaphore lanes;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean active;
    private ScheduledExecutorService poller;
    private ExecutorService executor;
    private Instant gaugesRefreshed = Instant.EPOCH;

    public DeliveryDispatcher(
            DeliveryOutbox outbox,
            DeliveryWorker worker,
            DeliveryMetrics metrics,
            DeliveryProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.worker = worker;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
        this.lanes = new Semaphore(properties.maxLanes());
    }

    @Override
    public synchronized void start() {
        executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("delivery-lane-", 0).factory());
        active = true;
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("delivery-dispatcher").daemon().factory());
        poller.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        active = false;
        if (poller != null) {
            poller.shutdownNow();
        }
        executor.shutdownNow();
        try {
            if (poller != null) {
                poller.awaitTermination(properties.readTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            }
            executor.awaitTermination(properties.readTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    /**
     * Deliveries were queued here and their transaction committed: look at the outbox now instead of at the next poll
     * (ADR 0080). Wakes that come while one is waiting to run are one look; the look runs on the poller's thread, so
     * never beside a poll.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DeliveriesQueued queued) {
        ScheduledExecutorService current = poller;
        if (!active || current == null || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                wakeQueued.set(false);
                poll();
            });
        } catch (RejectedExecutionException stopping) {
            wakeQueued.set(false);
        }
    }

    private void poll() {
        if (!active) {
            return;
        }
        try {
            dispatchDue();
            refreshGauges();
        } catch (RuntimeException e) {
            log.warn(
                    "Delivery dispatch failed, retrying after the poll interval: {}",
                    e.getClass().getSimpleName());
        }
    }

    private void dispatchDue() {
        for (String subscriptionId : outbox.dueSubscriptions(clock.instant(), DUE_LIMIT)) {
            if (!active || running.contains(subscriptionId)) {
                continue;
            }
            if (!lanes.tryAcquire()) {
                return;
            }
            running.add(subscriptionId);
            executor.execute(() -> {
                try {
                    worker.deliver(subscriptionId);
                } catch (RuntimeException e) {
                    log.warn(
                            "Lane of subscription {} stopped: {}",
                            subscriptionId,
                            e.getClass().getSimpleName());
                } finally {
                    running.remove(subscriptionId);
                    lanes.release();
                }
            });
        }
    }

    private void refreshGauges() {
        Instant now = clock.instant();
        if (now.isAfter(gaugesRefreshed.plus(GAUGE_REFRESH))) {
            metrics.backlog(outbox.retryBacklog(), outbox.deadLetters());
            gaugesRefreshed = now;
        }
    }
}
