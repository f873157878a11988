package org.casebridge.platform.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The head of a service's event store (its highest global index), watched while a test waits for a processing group:
 * a wait ends only once the head has stood still for {@link #STILL}, so that events still arriving (the police's
 * answers from Kafka, say) are stored before the test reads a projection, and the group's own condition holds.
 *
 * <p>The head is remembered from one wait to the next of the same test: a wait that starts after the head has already
 * stood still long enough (after a replay, which appends nothing) ends as soon as its condition holds, instead of
 * watching the head for another second. A head that moved since the last look is watched again from that moment.
 */
public final class EventStoreHead {

    /** The query for the head: the highest global index, 0 for an empty store. */
    public static final String QUERY = "SELECT coalesce(max(global_index), 0) FROM domain_event_entry";

    /** How long the head must stand still. */
    public static final Duration STILL = Duration.ofSeconds(1);

    private static final Duration POLL = Duration.ofMillis(100);

    private final LongSupplier head;
    private long seen = -1;
    private long seenSince;

    /** @param head reads the head, for example with {@link #QUERY} */
    public EventStoreHead(LongSupplier head) {
        this.head = head;
    }

    /** What a wait waits for besides a still head, given that head. */
    @FunctionalInterface
    public interface CaughtUp {
        boolean at(long head) throws Exception;
    }

    /** Waits at most {@code patience} until the head has stood still for {@link #STILL} and {@code caughtUp} holds. */
    public void awaitStillAnd(Duration patience, CaughtUp caughtUp) {
        await().atMost(patience).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
            long now = System.nanoTime();
            long current = head.getAsLong();
            if (current != seen) {
                seen = current;
                seenSince = now;
            }
            return now - seenSince >= STILL.toNanos() && caughtUp.at(current);
        });
    }
}
