package org.casebridge.police.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every projection needs to store lists as {@code jsonb} and instants as {@code timestamptz}. */
public final class ReadModels {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReadModels() {}

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> List<T> list(String json, Class<T> elementType) {
        if (json == null) {
            return List.of();
        }
        JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, elementType);
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a list of " + elementType.getSimpleName(), e);
        }
    }

    /**
     * Appends {@code element} (JSON) to the {@code jsonb} array {@code column} of the row whose {@code keyColumn} is
     * {@code key}, unless an element with {@code idField = id} is already there: a replayed event appends nothing.
     */
    public static void appendOnce(
            JdbcTemplate jdbc,
            String table,
            String keyColumn,
            String key,
            String column,
            String idField,
            String id,
            String element) {
        jdbc.update(
                "UPDATE " + table + " SET " + column + " = " + column + " || jsonb_build_array(?::jsonb)"
                        + " WHERE " + keyColumn + " = ? AND NOT " + column
                        + " @> jsonb_build_array(jsonb_build_object('" + idField + "', ?::text))",
                element,
                key,
                id);
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
