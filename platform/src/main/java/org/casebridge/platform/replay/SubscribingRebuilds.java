package org.casebridge.platform.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection that runs in the command's transaction (a subscribing processor, whose table a command must
 * see the moment the one before it was acknowledged). It has no token to reset: the rebuild empties its tables and
 * applies every stored event in one transaction, holding the group's advisory lock; the live handlers of the group
 * take the lock shared, so a command of that group that arrives meanwhile waits until the rebuild commits and is then
 * applied on top of it, never lost under it. Reads are never blocked; only that group's own writes wait, for as long as
 * the rebuild takes.
 */
class SubscribingRebuilds implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SubscribingRebuilds.class);
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext(?))";
    private static final String SHARED_LOCK = "SELECT pg_advisory_xact_lock_shared(hashtext(?))";

    private final EventStorageEngine storage;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Map<String, Progress> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("projection-rebuild").factory());

    SubscribingRebuilds(EventStorageEngine storage, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.storage = storage;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The progress of the group's rebuild, or null when none runs. */
    @Nullable
    Progress progress(String group) {
        return running.get(group);
    }

    /** Starts the rebuild on a thread of its own; false when one of the group runs already. */
    boolean start(String group, EventHandlerInvoker invoker) {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        Progress progress = new Progress(head == null ? 0 : head);
        if (running.putIfAbsent(group, progress) != null) {
            return false;
        }
        executor.execute(() -> {
            try {
                rebuild(group, invoker, progress);
                log.info("Rebuild of processing group {} finished at event {}", group, progress.position.get());
            } catch (RuntimeException e) {
                log.error(
                        "Rebuild of processing group {} failed and was rolled back: {}",
                        group,
                        e.getClass().getName());
            } finally {
                running.remove(group);
            }
        });
        return true;
    }

    /** Called before each live event of a subscribing group: waits while the group is being rebuilt. */
    void awaitLiveTurn(String group) {
        jdbc.queryForList(SHARED_LOCK, group);
    }

    private void rebuild(String group, EventHandlerInvoker invoker, Progress progress) {
        transactions.executeWithoutResult(transaction -> {
            jdbc.queryForList(LOCK, group);
            invoker.performReset();
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
                events.forEach(event -> {
                    if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                        handle(invoker, event);
                    }
                    event.trackingToken().position().ifPresent(progress.position::set);
                });
            }
        });
    }

    private static void handle(EventHandlerInvoker invoker, TrackedEventMessage<?> event) {
        try {
            invoker.handle(event, Segment.ROOT_SEGMENT);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "A handler failed on " + event.getPayloadType().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The global index the rebuild has reached, and the head of the store when it started. */
    static final class Progress {
        final AtomicLong position = new AtomicLong();
        final long upTo;

        Progress(long upTo) {
            this.upTo = upTo;
        }
    }
}
