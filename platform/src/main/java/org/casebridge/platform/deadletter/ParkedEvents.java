package org.casebridge.platform.deadletter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the dead-letter table for operators, health and metrics; Axon's queue owns every write. */
public class ParkedEvents {

    /** Most events one listing returns; an operator narrows by processing group beyond that. */
    public static final int MAX_LISTED = 500;

    private final JdbcTemplate jdbc;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The parked events, oldest line first, optionally of one processing group. */
    public List<ParkedEvent> list(String processingGroup, int limit) {
        String where = processingGroup == null ? "" : " WHERE processing_group = ?";
        Object[] args = processingGroup == null
                ? new Object[] {Math.min(limit, MAX_LISTED)}
                : new Object[] {processingGroup, Math.min(limit, MAX_LISTED)};
        return jdbc.query(
                "SELECT processing_group, sequence_identifier, sequence_index, event_identifier, "
                        + "payload_type, aggregate_identifier, enqueued_at, last_touched, cause_type, cause_message "
                        + "FROM dead_letter_entry" + where
                        + " ORDER BY processing_group, sequence_identifier, sequence_index LIMIT ?",
                (rs, row) -> new ParkedEvent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        simpleName(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)),
                args);
    }

    /** The sequences (aggregate ids) parked in a processing group. */
    public List<String> sequences(String processingGroup) {
        return jdbc.queryForList(
                "SELECT DISTINCT sequence_identifier FROM dead_letter_entry "
                        + "WHERE processing_group = ? ORDER BY sequence_identifier",
                String.class,
                processingGroup);
    }

    /** How many events each processing group holds parked; groups with none are absent. */
    public Map<String, Long> countsByGroup() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group "
                        + "ORDER BY processing_group",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public long count(String processingGroup) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?", Long.class, processingGroup);
        return count == null ? 0 : count;
    }

    private static @Nullable String simpleName(@Nullable String type) {
        if (type == null) {
            return null;
        }
        int cut = Math.max(type.lastIndexOf('.'), type.lastIndexOf('$'));
        return type.substring(cut + 1);
    }
}
