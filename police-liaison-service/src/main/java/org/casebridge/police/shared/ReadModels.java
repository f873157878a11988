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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casebridge.platform.sealing.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every projection needs to store lists as {@code jsonb} and instants as {@code timestamptz}. */
public final class ReadModels {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A list's type, made once an element type: the inbox reads lists of every row it shows. */
    private static final ClassValue<JavaType> LIST_OF = new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> elementType) {
            return JSON.getTypeFactory().constructCollectionType(List.class, elementType);
        }
    };

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
        try {
            return JSON.readValue(json, LIST_OF.get(elementType));
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

    /**
     * SQL assignments for an erasure (ADR 0064): each column, where it holds text, becomes {@link SealedText#ERASED},
     * exactly what a replay after the erasure writes there, since its sealed source reads so. Binds no parameter.
     */
    public static String erasedColumns(String... columns) {
        return Arrays.stream(columns)
                .map(column -> column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE " + ERASED + " END")
                .collect(Collectors.joining(", "));
    }

    /**
     * The SQL assignment for an erasure of a {@code jsonb} array column: each element's {@code fields} that hold text
     * become {@link SealedText#ERASED}, in place and in order, as {@link #erasedColumns} does for a column.
     */
    public static String erasedInArray(String column, String... fields) {
        String element = "e";
        for (String field : fields) {
            element = "CASE WHEN jsonb_typeof((" + element + ") -> '" + field + "') = 'string' THEN jsonb_set(("
                    + element + "), '{" + field + "}', to_jsonb(" + ERASED + "::text)) ELSE (" + element + ") END";
        }
        return column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE (SELECT COALESCE(jsonb_agg(" + element
                + " ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(" + column
                + ") WITH ORDINALITY AS a(e, n)) END";
    }

    private static final String ERASED = "'" + SealedText.ERASED.replace("'", "''") + "'";
}
