package org.casebridge.notification.delivery.intake;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.delivery.outbox.StoredEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The local copy of every integration event received. */
@Component
public class ReceivedEvents {

    private static final RowMapper<StoredEvent> ROW = (rs, row) -> new StoredEvent(
            rs.getLong("seq"),
            rs.getString("event_id"),
            rs.getString("event_type"),
            rs.getString("source"),
            rs.getString("case_id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("payload"),
            rs.getString("controller_kind") == null
                    ? null
                    : new Controller(
                            Controller.Kind.valueOf(rs.getString("controller_kind")), rs.getString("controller_id")),
            LawfulBasis.parse(rs.getString("lawful_basis")).orElse(null));

    private static final String COLUMNS =
            "seq, event_id, event_type, source, case_id, occurred_at, payload::text AS payload, controller_kind,"
                    + " controller_id, lawful_basis";

    private final JdbcTemplate jdbc;

    public ReceivedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the event with its controller and the basis it was shared on; empty when it was already kept. */
    public Optional<StoredEvent> store(
            String eventId,
            String type,
            String source,
            String caseId,
            Instant occurredAt,
            Instant receivedAt,
            String payload,
            Controller controller,
            LawfulBasis lawfulBasis) {
        return jdbc
                .query(
                        """
                        INSERT INTO received_event (event_id, event_type, source, case_id, occurred_at, received_at,
                                                    payload, controller_kind, controller_id, lawful_basis)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING\s""" + COLUMNS,
                        ROW,
                        eventId,
                        type,
                        source,
                        caseId,
                        Timestamp.from(occurredAt),
                        Timestamp.from(receivedAt),
                        payload,
                        controller.kind().name(),
                        controller.id(),
                        lawfulBasis.attribute())
                .stream()
                .findFirst();
    }

    /** Marks an event received before its case's area was known, to be planned again when it is. */
    public void awaitArea(long seq) {
        jdbc.update("UPDATE received_event SET awaiting_area = TRUE WHERE seq = ?", seq);
    }

    /** The case's events still waiting for its area, in arrival order. */
    public List<StoredEvent> awaitingArea(String caseId) {
        return jdbc.query(
                "SELECT " + COLUMNS
                        + " FROM received_event WHERE case_id = ? AND awaiting_area AND payload_erased_at IS NULL"
                        + " ORDER BY seq",
                ROW,
                caseId);
    }

    public void areaKnown(long seq) {
        jdbc.update("UPDATE received_event SET awaiting_area = FALSE WHERE seq = ?", seq);
    }

    /**
     * The events of the given types that occurred at or after {@code from}, in arrival order; an event whose payload
     * the retention job erased is not sent again (ADR 0069).
     */
    public List<StoredEvent> since(Instant from, Set<String> types) {
        Array typeArray = jdbc.execute(
                (ConnectionCallback<Array>) connection -> connection.createArrayOf("text", types.toArray()));
        return jdbc.query(
                "SELECT " + COLUMNS
                        + " FROM received_event WHERE occurred_at >= ? AND event_type = ANY (?)"
                        + " AND payload_erased_at IS NULL ORDER BY seq",
                ROW,
                Timestamp.from(from),
                typeArray);
    }
}
