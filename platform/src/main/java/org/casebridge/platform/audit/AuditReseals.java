package org.casebridge.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a chained log rewritten on purpose by a migration (ADR 0058), each recorded in {@code audit_reseal} with the
 * hash the chain holds, the row's new hash and the reason, signed with the service's audit key. The verifier accepts a
 * changed row only when signed reseals lead from the chained hash to the row's hash now, so a rewrite without the
 * private key still breaks the chain, and every reseal stays on record (the table is append-only, ADR 0046).
 */
public final class AuditReseals {

    private AuditReseals() {}

    /** One signed step from the hash a row had to the hash it has after a rewrite. */
    record Reseal(byte[] from, byte[] to) {}

    /**
     * Records, on {@code connection} (the migration's, as the owner, in its transaction), that the row with key {@code
     * rowKey} was rewritten for {@code reason}. A row not chained yet needs no reseal (the chain will take it as it is
     * now): nothing is recorded and the answer is false.
     */
    public static boolean record(
            Connection connection, AuditSource source, long rowKey, Instant now, String reason, AuditSigningKey key)
            throws SQLException {
        byte[] chained = null;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT row_hash FROM audit_chain WHERE source = ? AND row_key = ?")) {
            select.setString(1, source.code());
            select.setLong(2, rowKey);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    chained = row.getBytes(1);
                }
            }
        }
        if (chained == null) {
            return false;
        }
        byte[] from = latest(connection, source, rowKey, chained);
        byte[] to;
        try (PreparedStatement select = connection.prepareStatement(source.rowsBetween())) {
            select.setLong(1, rowKey - 1);
            select.setLong(2, rowKey);
            select.setInt(3, 1);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("A resealed row must exist");
                }
                to = source.rowHash(row);
            }
        }
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_reseal (source, row_key, chained_row_hash, resealed_row_hash, resealed_at, reason,
                    public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, source.code());
            insert.setLong(2, rowKey);
            insert.setBytes(3, from);
            insert.setBytes(4, to);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setString(6, reason);
            insert.setBytes(7, key.publicKey().getEncoded());
            insert.setBytes(8, key.sign(message(source, rowKey, from, to, at, reason)));
            insert.executeUpdate();
        }
        return true;
    }

    /** The signed reseals of a source by row key, only those whose signature the trusted key verifies. */
    static Map<Long, List<Reseal>> trusted(JdbcTemplate jdbc, AuditSource source, PublicKey trusted) {
        Map<Long, List<Reseal>> reseals = new HashMap<>();
        jdbc.query(
                """
                SELECT row_key, chained_row_hash, resealed_row_hash, resealed_at, reason, signature FROM audit_reseal
                WHERE source = ? ORDER BY id""",
                row -> {
                    long rowKey = row.getLong(1);
                    byte[] from = row.getBytes(2);
                    byte[] to = row.getBytes(3);
                    byte[] message = message(
                            source, rowKey, from, to, row.getTimestamp(4).toInstant(), row.getString(5));
                    if (AuditSigningKey.verifies(trusted, message, row.getBytes(6))) {
                        reseals.computeIfAbsent(rowKey, k -> new ArrayList<>()).add(new Reseal(from, to));
                    }
                },
                source.code());
        return reseals;
    }

    /** Whether signed reseals lead from the chained hash to the row's hash now. */
    static boolean explains(List<Reseal> reseals, byte[] chained, byte[] now) {
        byte[] hash = chained;
        for (Reseal reseal : reseals) {
            if (Arrays.equals(reseal.from(), hash)) {
                hash = reseal.to();
            }
        }
        return Arrays.equals(hash, now);
    }

    private static byte[] latest(Connection connection, AuditSource source, long rowKey, byte[] chained)
            throws SQLException {
        byte[] hash = chained;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT chained_row_hash, resealed_row_hash FROM audit_reseal WHERE source = ? AND row_key = ?"
                        + " ORDER BY id")) {
            select.setString(1, source.code());
            select.setLong(2, rowKey);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (Arrays.equals(row.getBytes(1), hash)) {
                        hash = row.getBytes(2);
                    }
                }
            }
        }
        return hash;
    }

    private static byte[] message(AuditSource source, long rowKey, byte[] from, byte[] to, Instant at, String reason) {
        return ("casebridge-audit-reseal/v1|" + source.code() + "|" + rowKey + "|" + Checkpoint.HEX.formatHex(from)
                        + "|" + Checkpoint.HEX.formatHex(to) + "|" + at + "|" + reason)
                .getBytes(StandardCharsets.UTF_8);
    }
}
