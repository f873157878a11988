package org.casebridge.platform.axon;

import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event store, which can also read a single batch of events after a token (ADR 0060). Axon's own
 * {@link #readEvents(TrackingToken, boolean)} reads batches until one comes back empty, so every read that finds an
 * event costs a second query that finds none; the commit-signalled source knows when to look again without it.
 */
public class OneBatchJdbcEventStorageEngine extends JdbcEventStorageEngine {

    public OneBatchJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    /**
     * At most {@link #batchSize()} events after {@code token} (with Axon's gap handling, upcasting and lazy
     * deserialisation), in one query in its own transaction.
     */
    public Stream<? extends TrackedEventMessage<?>> readBatch(TrackingToken token) {
        return EventUtils.upcastAndDeserializeTrackedEvents(
                fetchTrackedEvents(token, batchSize()).stream(), getEventSerializer(), upcasterChain);
    }
}
