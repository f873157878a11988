package org.casebridge.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stored event changed in place, as someone who can write to the event store could change it without a signed
 * reseal, for the tests that prove the audit chain's verifier finds it (ADR 0045). The row is put back afterwards.
 */
public final class StoredEventTampering {

    private StoredEventTampering() {}

    /**
     * Replaces {@code from} with {@code to} in the payload of the first stored event of {@code aggregateId} whose
     * payload type is like {@code payloadType} (SQL {@code LIKE}; {@code "%"} for its first event), reads {@code read}
     * (the verifier's answer, say) while the row is changed, puts the row back and returns what was read.
     */
    public static <T> T readWhileChanged(
            JdbcTemplate jdbc, String aggregateId, String payloadType, String from, String to, Supplier<T> read) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT global_index, payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE ? ORDER BY sequence_number LIMIT 1",
                aggregateId,
                payloadType);
        byte[] original = (byte[]) row.get("payload");
        try {
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    new String(original, StandardCharsets.UTF_8)
                            .replace(from, to)
                            .getBytes(StandardCharsets.UTF_8),
                    row.get("global_index"));
            return read.get();
        } finally {
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    original,
                    row.get("global_index"));
        }
    }
}
