package org.casebridge.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A log the audit chain covers: its table, the key that orders it, the sequence that hands the keys out, and the
 * canonical bytes of a row (every column, in a fixed order, each with its length, so no two rows share bytes).
 */
public enum AuditSource {
    EVENT(
            "event",
            "domain_event_entry",
            "global_index",
            "domain_event_entry_global_index_seq",
            "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                    + " payload_revision, payload, meta_data") {
        @Override
        void canonical(ResultSet row, Canonical bytes) throws SQLException {
            bytes.number(row.getLong("global_index"))
                    .text(row.getString("event_identifier"))
                    .text(row.getString("aggregate_identifier"))
                    .number(row.getLong("sequence_number"))
                    .text(row.getString("type"))
                    .text(row.getString("time_stamp"))
                    .text(row.getString("payload_type"))
                    .text(row.getString("payload_revision"))
                    .bytes(row.getBytes("payload"))
                    .bytes(row.getBytes("meta_data"));
        }
    },
    ACCESS(
            "access",
            "access_log",
            "id",
            "access_log_id_seq",
            "id, at, actor_id, actor_role, actor_org, what, case_id, path, purpose") {
        @Override
        void canonical(ResultSet row, Canonical bytes) throws SQLException {
            OffsetDateTime at = row.getObject("at", OffsetDateTime.class);
            bytes.number(row.getLong("id"))
                    .number(at.toEpochSecond())
                    .number(at.getNano())
                    .text(row.getString("actor_id"))
                    .text(row.getString("actor_role"))
                    .text(row.getString("actor_org"))
                    .text(row.getString("what"))
                    .text(row.getString("case_id"))
                    .text(row.getString("path"))
                    .text(row.getString("purpose"));
        }
    };

    private final String code;
    private final String table;
    private final String key;
    private final String sequence;
    private final String columns;

    AuditSource(String code, String table, String key, String sequence, String columns) {
        this.code = code;
        this.table = table;
        this.key = key;
        this.sequence = sequence;
        this.columns = columns;
    }

    /** The name stored in {@code audit_chain.source} and shown in answers. */
    public String code() {
        return code;
    }

    public static AuditSource of(String code) {
        for (AuditSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("No audit source " + code);
    }

    abstract void canonical(ResultSet row, Canonical bytes) throws SQLException;

    /** SHA-256 of the row's canonical bytes, tagged with the source so an event can never pass for an access. */
    byte[] rowHash(ResultSet row) throws SQLException {
        Canonical bytes = new Canonical().text("casebridge-audit-row/v1/" + code);
        canonical(row, bytes);
        return sha256(bytes.toByteArray());
    }

    /** Rows with keys in {@code (after, upTo]}, in key order. */
    String rowsBetween() {
        return "SELECT " + columns + " FROM " + table + " WHERE " + key + " > ? AND " + key + " <= ? ORDER BY " + key
                + " LIMIT ?";
    }

    String key() {
        return key;
    }

    /** The last key the sequence has handed out, to any session, committed or not (0 before the first). */
    String sequenceHead() {
        return "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence;
    }

    /** The chained hash: SHA-256 of the previous hash, the source, the position, the row's key and its hash. */
    byte[] chain(byte[] previous, long position, long rowKey, byte[] rowHash) {
        return sha256(new Canonical()
                .bytes(previous)
                .text(code)
                .number(position)
                .number(rowKey)
                .bytes(rowHash)
                .toByteArray());
    }

    static final byte[] GENESIS = new byte[32];

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Length-prefixed fields: a null is one 0 byte, a value is 1, its length (4 bytes) and its bytes. */
    static final class Canonical {

        private ByteBuffer buffer = ByteBuffer.allocate(512);

        Canonical text(@Nullable String value) {
            return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Canonical number(long value) {
            ensure(9);
            buffer.put((byte) 1).putLong(value);
            return this;
        }

        Canonical bytes(byte @Nullable [] value) {
            if (value == null) {
                ensure(1);
                buffer.put((byte) 0);
                return this;
            }
            ensure(5 + value.length);
            buffer.put((byte) 1).putInt(value.length).put(value);
            return this;
        }

        private void ensure(int more) {
            if (buffer.remaining() < more) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
        }

        byte[] toByteArray() {
            byte[] bytes = new byte[buffer.position()];
            buffer.duplicate().flip().get(bytes);
            return bytes;
        }
    }
}
