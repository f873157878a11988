package org.casebridge.platform.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks every chain against the stored rows and the latest checkpoint (ADR 0045). Each entry must follow the one
 * before it (position, previous hash, chained hash), name a row that exists with the same canonical bytes, and no row
 * may sit between two chained keys without an entry. The latest checkpoint must be signed by a trusted key, and each
 * chain must still have, at the checkpoint's count, the head it signed. A row rewritten on purpose passes only through
 * reseals signed with the trusted key ({@link AuditReseals}, ADR 0058). The chains are read page by page, each page a
 * short statement of its own, so a long verification holds no transaction open.
 */
public class AuditVerifier {

    static final int PAGE = 1000;

    /** Told how far the check has gone, for the operator's command. */
    @FunctionalInterface
    public interface Progress {
        void checked(AuditSource source, long entries, long total);

        Progress NONE = (source, entries, total) -> {};
    }

    private final JdbcTemplate jdbc;

    public AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The check, with the latest checkpoint's signature checked against the given trusted public key (base64). */
    public Verification verify(String trustedPublicKey, Progress progress) {
        Optional<Checkpoint> checkpoint = AuditCheckpoints.latest(jdbc);
        long checked = 0;
        Verification.@Nullable BrokenEntry broken = null;
        PublicKey trusted = AuditSigningKey.publicKey(trustedPublicKey);
        for (AuditSource source : AuditSource.values()) {
            SourceResult result =
                    verify(source, checkpoint.orElse(null), AuditReseals.trusted(jdbc, source, trusted), progress);
            checked += result.checked();
            if (broken == null) {
                broken = result.broken();
            }
        }
        Verification.CheckpointCheck check = checkpoint
                .map(c -> new Verification.CheckpointCheck(
                        c.id(),
                        c.takenAt(),
                        c.eventEntries(),
                        c.accessEntries(),
                        c.root(),
                        c.signedBy(trustedPublicKey)))
                .orElse(null);
        boolean verified = broken == null && (check == null || check.signatureValid());
        return new Verification(verified, checked, broken, check);
    }

    private SourceResult verify(
            AuditSource source,
            @Nullable Checkpoint checkpoint,
            Map<Long, List<AuditReseals.Reseal>> reseals,
            Progress progress) {
        long total =
                jdbc.queryForObject("SELECT count(*) FROM audit_chain WHERE source = ?", Long.class, source.code());
        long position = 0;
        long lastKey = 0;
        byte[] previous = AuditSource.GENESIS;
        while (true) {
            List<Entry> entries = jdbc.query(
                    """
                    SELECT position, row_key, row_hash, previous_hash, chained_hash FROM audit_chain
                    WHERE source = ? AND position >= ? ORDER BY position LIMIT ?""",
                    (row, n) -> new Entry(
                            row.getLong(1), row.getLong(2), row.getBytes(3), row.getBytes(4), row.getBytes(5)),
                    source.code(),
                    position,
                    PAGE);
            if (entries.isEmpty()) {
                break;
            }
            List<Row> rows = rows(source, lastKey, entries.getLast().rowKey());
            int next = 0;
            for (Entry entry : entries) {
                String problem = null;
                if (entry.position() != position) {
                    problem = "entry " + position + " is missing from the chain";
                } else if (!Arrays.equals(entry.previousHash(), previous)
                        || !Arrays.equals(
                                entry.chainedHash(),
                                source.chain(previous, entry.position(), entry.rowKey(), entry.rowHash()))) {
                    problem = "the entry does not follow the one before it";
                } else if (next < rows.size() && rows.get(next).key() < entry.rowKey()) {
                    problem = "row " + rows.get(next).key() + " was never chained: inserted after the fact";
                } else if (next >= rows.size() || rows.get(next).key() != entry.rowKey()) {
                    problem = "the row was removed";
                } else if (!Arrays.equals(rows.get(next).hash(), entry.rowHash())
                        && !AuditReseals.explains(
                                reseals.getOrDefault(entry.rowKey(), List.of()),
                                entry.rowHash(),
                                rows.get(next).hash())) {
                    problem = "the row was changed";
                } else if (checkpoint != null
                        && entry.position() == checkpoint.entries(source) - 1
                        && !Checkpoint.HEX.formatHex(entry.chainedHash()).equals(checkpoint.head(source))) {
                    problem = "the chain differs from the one checkpoint " + checkpoint.id() + " signed";
                }
                if (problem != null) {
                    return new SourceResult(
                            position, new Verification.BrokenEntry(source.code(), position, entry.rowKey(), problem));
                }
                next++;
                position++;
                lastKey = entry.rowKey();
                previous = entry.chainedHash();
            }
            progress.checked(source, position, total);
        }
        if (checkpoint != null && checkpoint.entries(source) > position) {
            return new SourceResult(
                    position,
                    new Verification.BrokenEntry(
                            source.code(),
                            position,
                            null,
                            "checkpoint " + checkpoint.id() + " signed " + checkpoint.entries(source)
                                    + " entries; the chain has " + position));
        }
        return new SourceResult(position, null);
    }

    private List<Row> rows(AuditSource source, long after, long upTo) {
        List<Row> rows = new ArrayList<>();
        jdbc.query(
                source.rowsBetween(),
                row -> {
                    rows.add(new Row(row.getLong(source.key()), source.rowHash(row)));
                },
                after,
                upTo,
                Integer.MAX_VALUE);
        return rows;
    }

    private record Entry(long position, long rowKey, byte[] rowHash, byte[] previousHash, byte[] chainedHash) {}

    private record Row(long key, byte[] hash) {}

    private record SourceResult(long checked, Verification.@Nullable BrokenEntry broken) {}
}
