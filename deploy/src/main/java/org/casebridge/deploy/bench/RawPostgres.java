package org.casebridge.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's limit: single-row-commit inserts of rows shaped like case-service's event store rows (same columns,
 * the median payload of a stored IncidentReportedEvent) into a scratch table of the same database, at the same
 * concurrency as P1, and sequential reads of that table in Axon's batch size. The scratch table has its own
 * sequence, so the real store's global index is never touched, and it is dropped afterwards.
 */
final class RawPostgres {

    record Result(int payloadBytes, double insertsPerSecond, double rowsReadPerSecond, long rows) {}

    private static final String TABLE = "benchmark_event_entry";

    private RawPostgres() {}

    static Result measure(StackClient stack, int clients, double seconds) throws Exception {
        int payload = medianPayload(stack);
        try (Connection connection = stack.database("casebridge_case");
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            ddl.execute("CREATE TABLE " + TABLE + """
                     (global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                     aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                     time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL,
                     payload_revision VARCHAR(255), payload BYTEA NOT NULL, meta_data BYTEA,
                     UNIQUE (aggregate_identifier, sequence_number))""");
        }
        try {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Callable<Long>> tasks = new ArrayList<>();
            byte[] body = new byte[payload];
            java.util.Arrays.fill(body, (byte) 'x');
            byte[] meta = "{\"traceId\":\"0123456789abcdef\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < clients; i++) {
                tasks.add(() -> insertUntil(stack, deadline, body, meta));
            }
            long started = System.nanoTime();
            long inserted = 0;
            for (Future<Long> done : pool.invokeAll(tasks)) {
                inserted += done.get();
            }
            double insertSeconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            long readStarted = System.nanoTime();
            long read = readAll(stack);
            double readSeconds = (System.nanoTime() - readStarted) / 1e9;
            return new Result(payload, inserted / insertSeconds, read / readSeconds, inserted);
        } finally {
            try (Connection connection = stack.database("casebridge_case");
                    Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            }
        }
    }

    private static int medianPayload(StackClient stack) throws SQLException {
        try (Connection connection = stack.database("casebridge_case");
                Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("""
                        SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY octet_length(payload))
                        FROM domain_event_entry WHERE payload_type LIKE '%IncidentReportedEvent'""")) {
            rs.next();
            int median = rs.getInt(1);
            return median > 0 ? median : 900;
        }
    }

    private static long insertUntil(StackClient stack, long deadline, byte[] payload, byte[] meta) throws SQLException {
        long count = 0;
        try (Connection connection = stack.database("casebridge_case");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                        + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                        + " payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setLong(3, 0);
                insert.setString(4, "SafeguardingCase");
                insert.setString(5, "2026-12-02T12:00:00.000Z");
                insert.setString(6, "org.casebridge.cases.incident.api.IncidentReportedEvent");
                insert.setString(7, "1");
                insert.setBytes(8, payload);
                insert.setBytes(9, meta);
                insert.executeUpdate();
                count++;
            }
        }
        return count;
    }

    /** Reads the whole table in order, 100 rows a query (Axon's batch), every column, as a processor would. */
    private static long readAll(StackClient stack) throws SQLException {
        long rows = 0;
        long last = 0;
        try (Connection connection = stack.database("casebridge_case");
                PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM " + TABLE + " WHERE global_index > ? ORDER BY global_index LIMIT 100")) {
            while (true) {
                select.setLong(1, last);
                int batch = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong("global_index");
                        rs.getString("event_identifier");
                        rs.getString("aggregate_identifier");
                        rs.getString("time_stamp");
                        rs.getString("payload_type");
                        rs.getBytes("payload");
                        rs.getBytes("meta_data");
                        batch++;
                    }
                }
                rows += batch;
                if (batch < 100) {
                    return rows;
                }
            }
        }
    }
}
