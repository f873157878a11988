package org.casebridge.platform.kafka;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code published_event} ledger: one row per mapped domain event once Kafka acknowledged it (or once its
 * mapper decided not to publish it). It is what the reconciliation check compares the event store with.
 */
final class PublicationLedger {

    private PublicationLedger() {}

    static void record(JdbcTemplate jdbc, String eventId, long globalIndex, @Nullable String topic) {
        jdbc.update("""
                INSERT INTO published_event (event_id, global_index, topic, published_at)
                VALUES (?, ?, ?, now())
                ON CONFLICT (event_id) DO NOTHING""", eventId, globalIndex, topic);
    }
}
