package org.casebridge.platform.test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored events as a service wrote them before it sealed their free text (ADR 0058, ADR 0064, ADR 0075), for the
 * tests of the migration that seals them: written again in clear, read as the event store reads them now, the
 * migration run as Flyway runs it, and what the audit chain holds of them.
 */
public final class ClearStoredEvents {

    /** Work on the migration's connection. */
    @FunctionalInterface
    public interface OnConnection<T> {
        T on(Connection connection) throws Exception;
    }

    private ClearStoredEvents() {}

    /**
     * Writes the aggregate's stored events again as {@code beforeSealing} writes them (every field in clear), each read
     * first with the service's {@code eventSerializer}.
     */
    public static void storeAsBeforeSealing(
            JdbcTemplate jdbc, Serializer eventSerializer, Serializer beforeSealing, String aggregateId) {
        for (Map<String, Object> row : rows(jdbc, aggregateId)) {
            SerializedObject<byte[]> clear = beforeSealing.serialize(read(eventSerializer, row), byte[].class);
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    clear.getData(),
                    row.get("global_index"));
        }
    }

    /** The aggregate's stored events as {@code eventSerializer} reads them, each as its {@code toString}. */
    public static List<String> opened(JdbcTemplate jdbc, Serializer eventSerializer, String aggregateId) {
        return rows(jdbc, aggregateId).stream()
                .map(row -> read(eventSerializer, row).toString())
                .toList();
    }

    /** The aggregate's stored payloads, as text. */
    public static List<String> payloads(JdbcTemplate jdbc, String aggregateId) {
        return jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class,
                aggregateId);
    }

    /** How many of the aggregate's stored events the audit chain holds. */
    public static int chained(JdbcTemplate jdbc, String aggregateId) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM audit_chain a JOIN domain_event_entry e ON e.global_index = a.row_key"
                        + " WHERE a.source = 'event' AND e.aggregate_identifier = ?",
                Integer.class,
                aggregateId);
        return count == null ? 0 : count;
    }

    /** Runs {@code work} on one connection in one transaction, as Flyway runs a migration, and commits it. */
    public static <T> T inOneTransaction(DataSource dataSource, OnConnection<T> work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result = work.on(connection);
            connection.commit();
            return result;
        }
    }

    private static Object read(Serializer eventSerializer, Map<String, Object> row) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(
                (byte[]) row.get("payload"), byte[].class, (String) row.get("payload_type"), (String)
                        row.get("payload_revision")));
    }

    private static List<Map<String, Object>> rows(JdbcTemplate jdbc, String aggregateId) {
        return jdbc.queryForList(
                "SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ?",
                aggregateId);
    }
}
