package org.casebridge.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommitSignalledEventSourceTest {

    private final CountingEngine engine = new CountingEngine();
    private final CommitSignalledEventSource source = new CommitSignalledEventSource(() -> engine, Duration.ofHours(1));

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void aStreamReadsEveryStoredEventInOrderAndThenWaitsForASignal() throws InterruptedException {
        append("a", "b");
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());

        assertThat(payloads(stream)).containsExactly("a", "b");
        int queries = engine.queries.get();

        append("c");
        assertThat(stream.hasNextAvailable())
                .as("no signal yet: the store is not read again")
                .isFalse();
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(engine.queries.get()).isEqualTo(queries);

        source.signal();
        assertThat(payloads(stream)).containsExactly("c");
    }

    @Test
    void aCommitOfThisJvmWakesTheProcessorOnlyAfterTheUnitOfWorkCommitted() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());
        AtomicInteger wakes = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(wakes::incrementAndGet)).isTrue();

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        source.eventsPublished(List.of(GenericEventMessage.asEventMessage("x")));
        assertThat(wakes).as("not before the commit").hasValue(0);
        unitOfWork.commit();

        assertThat(wakes).hasValue(1);
    }

    @Test
    void aWaitingReaderReturnsAsSoonAsItIsSignalled() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());
        assertThat(stream.hasNextAvailable()).isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return stream.hasNextAvailable(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        append("late");
        source.eventsPublished(List.of(GenericEventMessage.asEventMessage("late")));

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("late");
    }

    @Test
    void theTimerFindsEventsThisJvmWasNotToldOf() throws Exception {
        try (CommitSignalledEventSource polling = new CommitSignalledEventSource(() -> engine, Duration.ofMillis(20))) {
            BlockingStream<TrackedEventMessage<?>> stream = polling.openStream(polling.createTailToken());
            assertThat(stream.hasNextAvailable()).isFalse();
            append("from another instance");

            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            stream.close();
            assertThat(polling.openStreams()).isZero();
        }
    }

    @Test
    void aReadThatFoundEventsIsNotFollowedByAnEmptyQueryUnlessSignalledOrTheBatchWasFull() throws Exception {
        OneBatchEngine oneBatch = new OneBatchEngine(engine, 2);
        try (CommitSignalledEventSource batched = new CommitSignalledEventSource(() -> oneBatch, Duration.ofHours(1))) {
            append("a", "b", "c");
            BlockingStream<TrackedEventMessage<?>> stream = batched.openStream(batched.createTailToken());

            assertThat(payloads(stream))
                    .as("a full batch is read on, the second (short) one is not")
                    .containsExactly("a", "b", "c");
            assertThat(oneBatch.queries).hasValue(2);
            assertThat(stream.hasNextAvailable()).isFalse();
            assertThat(oneBatch.queries)
                    .as("no signal since the last query began")
                    .hasValue(2);

            append("d");
            batched.signal();
            assertThat(payloads(stream)).containsExactly("d");
            assertThat(oneBatch.queries).hasValue(3);
        }
    }

    @Test
    void aCommitOnlyOfTypesAProcessorPassesOverLeavesItsStreamAsleep() throws InterruptedException {
        append("a");
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        AtomicInteger wakes = new AtomicInteger();
        stream.setOnAvailableCallback(wakes::incrementAndGet);
        int queries = engine.queries.get();

        commit("b");
        assertThat(wakes).as("a String again: nothing it handles").hasValue(0);
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(engine.queries.get()).isEqualTo(queries);

        commit(42);
        assertThat(wakes).as("an Integer, which it has never passed over").hasValue(1);
        assertThat(payloads(stream))
                .as("what it slept through is read first, in order")
                .containsExactly("b", 42);
    }

    @Test
    void anEventPassedOverDuringAReplayTeachesTheStreamNothing() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());
        TrackingToken head = new GlobalSequenceTrackingToken(5);
        stream.skipMessagesWithPayloadTypeOf(new GenericTrackedEventMessage<>(
                ReplayToken.createReplayToken(head, new GlobalSequenceTrackingToken(1)),
                GenericEventMessage.asEventMessage("replayed")));
        AtomicInteger wakes = new AtomicInteger();
        stream.setOnAvailableCallback(wakes::incrementAndGet);

        commit("live");

        assertThat(wakes).hasValue(1);
    }

    @Test
    void aPooledProcessorTeachesItsStreamTheTypesItHasNoHandlerFor() throws Exception {
        IntegerHandler handler = new IntegerHandler();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("integers")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(handler)
                        .build())
                .messageSource(source)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        try {
            processor.start();
            commit(1);
            await(() -> handler.received.size() == 1);
            commit("not for it");
            await(() -> source.streamsPassingOver(String.class) == 1);
            int queries = engine.queries.get();

            commit("nor this");
            Thread.sleep(200);
            assertThat(engine.queries.get())
                    .as("its stream was not woken for a String")
                    .isEqualTo(queries);

            commit(2);
            await(() -> handler.received.size() == 2);
            assertThat(handler.received).containsExactly(1, 2);
        } finally {
            processor.shutDown();
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }

    private void commit(Object payload) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage(payload));
        engine.appendEvents(events);
        source.eventsPublished(events);
        unitOfWork.commit();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(giveUp);
            Thread.sleep(10);
        }
    }

    /** Handles Integers only. */
    static final class IntegerHandler {
        final List<Integer> received = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Integer value) {
            received.add(value);
        }
    }

    private void append(String... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (String payload : payloads) {
            events.add(GenericEventMessage.asEventMessage(payload));
        }
        engine.appendEvents(events);
    }

    private static List<Object> payloads(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }

    /** Counts queries; each answers what was stored when it ran, as a JDBC query does. */
    private static final class CountingEngine extends InMemoryEventStorageEngine {
        private final AtomicInteger queries = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            queries.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock).toList().stream();
        }
    }

    /** Reads one batch of at most {@code batchSize} events a query from the in-memory store, and counts queries. */
    private static final class OneBatchEngine extends OneBatchJdbcEventStorageEngine {
        private final InMemoryEventStorageEngine store;
        private final AtomicInteger queries = new AtomicInteger();

        OneBatchEngine(InMemoryEventStorageEngine store, int batchSize) {
            super(JdbcEventStorageEngine.builder()
                    .connectionProvider(() -> {
                        throw new IllegalStateException("no database in this test");
                    })
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(JacksonSerializer.defaultSerializer())
                    .snapshotSerializer(JacksonSerializer.defaultSerializer())
                    .batchSize(batchSize));
            this.store = store;
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readBatch(TrackingToken token) {
            queries.incrementAndGet();
            return store.readEvents(token, false).limit(batchSize()).toList().stream();
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }
    }
}
