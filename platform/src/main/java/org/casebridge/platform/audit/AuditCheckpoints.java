package org.casebridge.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Takes, stores and lists the signed checkpoints over both chains (table {@code audit_checkpoint}, append-only). */
public class AuditCheckpoints {

    private static final RowMapper<Checkpoint> CHECKPOINT = (row, n) -> new Checkpoint(
            row.getLong("id"),
            row.getTimestamp("taken_at").toInstant(),
            row.getLong("event_entries"),
            Checkpoint.HEX.formatHex(row.getBytes("event_head")),
            row.getLong("access_entries"),
            Checkpoint.HEX.formatHex(row.getBytes("access_head")),
            Checkpoint.HEX.formatHex(row.getBytes("root")),
            row.getString("algorithm"),
            Base64.getEncoder().encodeToString(row.getBytes("public_key")),
            Base64.getEncoder().encodeToString(row.getBytes("signature")));

    private final JdbcTemplate jdbc;
    private final AuditChain chain;
    private final AuditSigningKey key;
    private final Clock clock;

    public AuditCheckpoints(JdbcTemplate jdbc, AuditChain chain, AuditSigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.key = key;
        this.clock = clock;
    }

    /** Signs the chains' heads as they are now; nothing is taken while both chains are as the last checkpoint has them. */
    public Optional<Checkpoint> take() {
        AuditChain.Head events = chain.head(AuditSource.EVENT);
        AuditChain.Head access = chain.head(AuditSource.ACCESS);
        Optional<Checkpoint> latest = latest();
        if (latest.isPresent()
                && latest.get().eventEntries() == events.entries()
                && latest.get().accessEntries() == access.entries()
                && latest.get().publicKey().equals(key.encodedPublicKey())) {
            return Optional.empty();
        }
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String statement = Checkpoint.statement(
                takenAt,
                events.entries(),
                Checkpoint.HEX.formatHex(events.hash()),
                access.entries(),
                Checkpoint.HEX.formatHex(access.hash()));
        byte[] root = Checkpoint.root(statement);
        long id = jdbc.queryForObject(
                """
                INSERT INTO audit_checkpoint (taken_at, event_entries, event_head, access_entries, access_head, root,
                    algorithm, public_key, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                Long.class,
                Timestamp.from(takenAt),
                events.entries(),
                events.hash(),
                access.entries(),
                access.hash(),
                root,
                AuditSigningKey.ALGORITHM,
                key.publicKey().getEncoded(),
                key.sign(root));
        return jdbc.query("SELECT * FROM audit_checkpoint WHERE id = ?", CHECKPOINT, id).stream()
                .findFirst();
    }

    public Optional<Checkpoint> latest() {
        return latest(jdbc);
    }

    static Optional<Checkpoint> latest(JdbcTemplate jdbc) {
        return jdbc.query("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT 1", CHECKPOINT).stream()
                .findFirst();
    }

    /** Newest first. */
    public List<Checkpoint> list(int limit) {
        return jdbc.query("SELECT * FROM audit_checkpoint ORDER BY id DESC LIMIT ?", CHECKPOINT, limit);
    }
}
