package org.casebridge.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * The message source of every streaming processor (ADR 0029): each stream reads the event table itself, and is
 * woken the moment a unit of work of this JVM has committed events, instead of Axon's shared producer, which reads
 * on one thread for every processor and leaves the pooled coordinators to poll it every 500 ms. Events committed by
 * another instance, and gaps filled late, are found by a periodic signal every {@code pollInterval}.
 *
 * <p>A stream queries the store only when it was signalled since its last query began, or when that query filled a
 * whole batch, so an idle service costs one empty query per processor per poll interval. With
 * {@link OneBatchJdbcEventStorageEngine} each query reads one batch: Axon's own stream reads on until a batch comes back
 * empty, which cost every read that found an event a second, empty, query (ADR 0060). A commit this query did not see
 * signals after it committed, so after the query began: it is never missed.
 *
 * <p>A commit wakes only the streams whose processor may handle one of its events' payload types. A stream learns the
 * types its processor has no handler for from Axon's coordinator ({@link BlockingStream#skipMessagesWithPayloadTypeOf});
 * a processor is not made to read the store, in a transaction of its own, for a commit it would pass over whole. It
 * reads those events, in order as always, with its next wake or poll (ADR 0096).
 */
public class CommitSignalledEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final Supplier<EventStorageEngine> storageEngine;
    private final Set<SignalledStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private final String committedTypesKey =
            CommitSignalledEventSource.class.getName() + ".committedTypes-" + INSTANCES.incrementAndGet();

    /**
     * @param storageEngine the store, looked up on first use: the engine depends on Axon's configuration, which
     *                      depends on the processors that use this source
     * @param pollInterval  how often to look for events this JVM was not told of
     */
    public CommitSignalledEventSource(Supplier<EventStorageEngine> storageEngine, Duration pollInterval) {
        this.storageEngine = storageEngine;
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-source-poll");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, pollInterval.toMillis());
        poller.scheduleWithFixedDelay(this::signal, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Called for every batch of events published in this JVM (the event store's subscribers run while the unit of
     * work prepares its commit): the streams are signalled once the root unit of work has committed, when the rows
     * are visible to their queries.
     */
    public void eventsPublished(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(committedTypesKey, key -> {
                        Set<Class<?>> types = new HashSet<>();
                        root.afterCommit(unitOfWork -> signal(types));
                        return types;
                    })
                    .addAll(payloadTypes(events));
        } else {
            signal(payloadTypes(events));
        }
    }

    private static Set<Class<?>> payloadTypes(List<? extends EventMessage<?>> events) {
        Set<Class<?>> types = new HashSet<>();
        for (EventMessage<?> event : events) {
            types.add(event.getPayloadType());
        }
        return types;
    }

    /** Tells every open stream that new events may be readable. */
    public void signal() {
        signalStreams(stream -> true);
    }

    /**
     * Tells the open streams whose processor may handle one of {@code payloadTypes} that new events may be readable;
     * the others read them with their next signal.
     */
    void signal(Set<Class<?>> payloadTypes) {
        signalStreams(stream -> stream.mayHandleAny(payloadTypes));
    }

    private void signalStreams(Predicate<SignalledStream> wanted) {
        for (SignalledStream stream : streams) {
            if (wanted.test(stream)) {
                stream.signal();
            }
        }
        lock.lock();
        try {
            signalled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        SignalledStream stream = new SignalledStream(trackingToken);
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return storageEngine.get().createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storageEngine.get().createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storageEngine.get().createTokenAt(dateTime);
    }

    /** Open streams, for tests and metrics. */
    int openStreams() {
        return streams.size();
    }

    /** Open streams that have learnt their processor has no handler for {@code payloadType}, for tests. */
    long streamsPassingOver(Class<?> payloadType) {
        return streams.stream()
                .filter(stream -> !stream.mayHandleAny(Set.of(payloadType)))
                .count();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        streams.forEach(SignalledStream::close);
    }

    private final class SignalledStream implements BlockingStream<TrackedEventMessage<?>> {

        private final AtomicLong signals = new AtomicLong(1);
        private final Set<Class<?>> passedOver = ConcurrentHashMap.newKeySet();
        private volatile @Nullable Runnable onAvailable;
        private long signalsAtLastRead;
        private int takenFromBatch;
        private int batchLimit = Integer.MAX_VALUE;
        private TrackingToken lastToken;
        private @Nullable Stream<? extends TrackedEventMessage<?>> batch;
        private @Nullable Iterator<? extends TrackedEventMessage<?>> iterator;
        private @Nullable TrackedEventMessage<?> peeked;

        private SignalledStream(TrackingToken start) {
            this.lastToken = start;
        }

        private void signal() {
            signals.incrementAndGet();
            Runnable callback = onAvailable;
            if (callback != null) {
                callback.run();
            }
        }

        private boolean mayHandleAny(Set<Class<?>> payloadTypes) {
            for (Class<?> type : payloadTypes) {
                if (!passedOver.contains(type)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Axon's coordinator calls this for an event no handler of its processor can take. A replayed event is not
         * learnt from: a handler that disallows replay passes it over during the replay and takes it after.
         */
        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            if (!ReplayToken.isReplay(ignoredMessage)) {
                passedOver.add(ignoredMessage.getPayloadType());
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(readAhead() ? peeked : null);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!readAhead()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                lock.lock();
                try {
                    if (signals.get() == signalsAtLastRead) {
                        signalled.awaitNanos(remaining);
                    }
                } finally {
                    lock.unlock();
                }
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
            }
            TrackedEventMessage<?> next = Objects.requireNonNull(peeked, "an event was available");
            peeked = null;
            return next;
        }

        /**
         * Whether an event is peeked, reading the store again only if signalled since the last query began or if that
         * query filled its batch.
         */
        private boolean readAhead() {
            if (peeked != null) {
                return true;
            }
            Iterator<? extends TrackedEventMessage<?>> current = iterator;
            if (current != null && current.hasNext()) {
                return take(current);
            }
            long seen = signals.get();
            if (current != null && seen == signalsAtLastRead && takenFromBatch < batchLimit) {
                return false;
            }
            closeBatch();
            signalsAtLastRead = seen;
            takenFromBatch = 0;
            Stream<? extends TrackedEventMessage<?>> read = read(storageEngine.get());
            Iterator<? extends TrackedEventMessage<?>> events = read.iterator();
            batch = read;
            iterator = events;
            return events.hasNext() && take(events);
        }

        /** One batch where the store can read one; otherwise Axon's stream, which reads until a batch is empty. */
        private Stream<? extends TrackedEventMessage<?>> read(EventStorageEngine engine) {
            if (engine instanceof OneBatchJdbcEventStorageEngine oneBatch) {
                batchLimit = oneBatch.batchSize();
                return oneBatch.readBatch(lastToken);
            }
            batchLimit = Integer.MAX_VALUE;
            return engine.readEvents(lastToken, false);
        }

        private boolean take(Iterator<? extends TrackedEventMessage<?>> events) {
            TrackedEventMessage<?> next = events.next();
            peeked = next;
            lastToken = next.trackingToken();
            takenFromBatch++;
            return true;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.onAvailable = callback;
            return true;
        }

        @Override
        public void close() {
            streams.remove(this);
            onAvailable = null;
            closeBatch();
        }

        private void closeBatch() {
            if (batch != null) {
                batch.close();
                batch = null;
                iterator = null;
            }
        }
    }
}
