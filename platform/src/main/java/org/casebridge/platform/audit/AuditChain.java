package org.casebridge.platform.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the committed rows of each source to its chain, in key order (ADR 0045). A row is chained only once
 * every transaction that could still commit a lower key has ended: the job notes each sequence's head with the
 * database's clock, and chains up to the newest head noted at least the safety window ago. The window is longer than
 * the longest transaction PostgreSQL lets a session run ({@code transaction_timeout}), so a key at or below that head
 * is either committed and visible or never will be: a gap below it is a rolled-back transaction, for ever.
 */
public class AuditChain {

    /** One transaction appends at most this many entries, so none runs near the transaction timeout. */
    static final int BATCH = 2000;

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('casebridge-audit-chain'))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration safetyWindow;

    public AuditChain(JdbcTemplate jdbc, TransactionTemplate transactions, Duration safetyWindow) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.safetyWindow = safetyWindow;
    }

    /** Notes each sequence's head, then chains every row that is final; answers how many entries it appended. */
    public int appendCommitted() {
        transactions.executeWithoutResult(status -> {
            jdbc.execute(LOCK);
            for (AuditSource source : AuditSource.values()) {
                // a head already noted is not noted again: the older note covers the same keys and is final sooner
                jdbc.update(
                        "INSERT INTO audit_chain_horizon (source, sequence_value, taken_at)"
                                + " SELECT ?, head, clock_timestamp() FROM (" + source.sequenceHead() + ") AS h (head)"
                                + " WHERE head > (SELECT coalesce(max(sequence_value), -1) FROM audit_chain_horizon"
                                + " WHERE source = ?)",
                        source.code(),
                        source.code());
            }
        });
        int appended = 0;
        for (AuditSource source : AuditSource.values()) {
            int batch;
            do {
                batch = transactions.execute(status -> appendBatch(source));
                appended += batch;
            } while (batch == BATCH);
        }
        return appended;
    }

    private int appendBatch(AuditSource source) {
        jdbc.execute(LOCK);
        List<Horizon> horizons = jdbc.query(
                """
                SELECT sequence_value, taken_at FROM audit_chain_horizon
                WHERE source = ? AND taken_at <= clock_timestamp() - make_interval(secs => ?)
                ORDER BY taken_at DESC LIMIT 1""",
                (row, n) -> new Horizon(row.getLong(1), row.getTimestamp(2)),
                source.code(),
                safetyWindow.toMillis() / 1000.0);
        if (horizons.isEmpty()) {
            return 0;
        }
        long horizon = horizons.getFirst().sequenceValue();
        jdbc.update(
                "DELETE FROM audit_chain_horizon WHERE source = ? AND taken_at < ?",
                source.code(),
                horizons.getFirst().takenAt());
        Head head = head(source);
        List<Object[]> entries = new ArrayList<>();
        long[] position = {head.entries()};
        byte[][] previous = {head.hash()};
        jdbc.query(
                source.rowsBetween(),
                row -> {
                    long key = row.getLong(source.key());
                    byte[] rowHash = source.rowHash(row);
                    byte[] chained = source.chain(previous[0], position[0], key, rowHash);
                    entries.add(new Object[] {source.code(), position[0], key, rowHash, previous[0], chained});
                    position[0]++;
                    previous[0] = chained;
                },
                head.lastKey(),
                horizon,
                BATCH);
        jdbc.batchUpdate("""
                INSERT INTO audit_chain (source, position, row_key, row_hash, previous_hash, chained_hash)
                VALUES (?, ?, ?, ?, ?, ?)""", entries);
        return entries.size();
    }

    /** How many entries a source's chain has, its last key and its head hash (zeros before the first entry). */
    Head head(AuditSource source) {
        return jdbc
                .query(
                        "SELECT position, row_key, chained_hash FROM audit_chain WHERE source = ?"
                                + " ORDER BY position DESC LIMIT 1",
                        (row, n) -> new Head(row.getLong(1) + 1, row.getLong(2), row.getBytes(3)),
                        source.code())
                .stream()
                .findFirst()
                .orElse(new Head(0, 0, AuditSource.GENESIS));
    }

    record Head(long entries, long lastKey, byte[] hash) {}

    private record Horizon(long sequenceValue, Timestamp takenAt) {}
}
