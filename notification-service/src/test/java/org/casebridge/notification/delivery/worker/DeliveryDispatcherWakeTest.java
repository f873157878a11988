package org.casebridge.notification.delivery.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.outbox.DeliveriesQueued;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The dispatcher looks at the outbox when this instance has queued deliveries, not only at its next poll. The poll
 * interval here is an hour, so after the first poll only a wake can dispatch.
 */
class DeliveryDispatcherWakeTest {

    private final BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
    private volatile List<String> due = List.of();

    /** The outbox's answers, as the dispatcher sees them; the outbox itself is tested on PostgreSQL. */
    private final DeliveryOutbox outbox = new DeliveryOutbox(null) {
        @Override
        public List<String> dueSubscriptions(Instant now, int limit) {
            return due;
        }

        @Override
        public long retryBacklog() {
            return 0;
        }

        @Override
        public long deadLetters() {
            return 0;
        }
    };

    private final DeliveryWorker worker =
            new DeliveryWorker(outbox, null, List.of(), null, null, null, null, null, null, null, null) {
                @Override
                public void deliver(String subscriptionId) {
                    delivered.add(subscriptionId);
                    due = List.of();
                }
            };

    private final DeliveryDispatcher dispatcher = new DeliveryDispatcher(
            outbox,
            worker,
            new DeliveryMetrics(new SimpleMeterRegistry()),
            new DeliveryProperties(
                    Duration.ofHours(24),
                    Duration.ofSeconds(10),
                    Duration.ofHours(1),
                    Duration.ofHours(1),
                    10,
                    Duration.ofMinutes(2),
                    4,
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(5),
                    DataSize.ofKilobytes(64),
                    Duration.ofSeconds(10),
                    "notification-service"),
            Clock.systemUTC());

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void deliveriesQueuedHereAreSentWithoutWaitingForTheNextPoll() throws Exception {
        dispatcher.start();
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS))
                .as("the first poll found nothing due")
                .isNull();

        due = List.of("subscription-1");
        dispatcher.on(new DeliveriesQueued(1));

        assertThat(delivered.poll(30, TimeUnit.SECONDS)).isEqualTo("subscription-1");
    }

    @Test
    void aWakeBeforeTheDispatcherStartsOrAfterItStoppedDoesNothing() throws Exception {
        due = List.of("subscription-1");
        dispatcher.on(new DeliveriesQueued(1));
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS)).isNull();

        dispatcher.start();
        assertThat(delivered.poll(30, TimeUnit.SECONDS)).as("the first poll").isEqualTo("subscription-1");
        dispatcher.stop();
        due = List.of("subscription-2");
        dispatcher.on(new DeliveriesQueued(1));
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }
}
