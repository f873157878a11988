package org.casebridge.platform.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of portal forms, one per user, organisation and form key. Each save merges the fields it carries into the
 * draft, so a page that autosaves one field at a time never drops the others. A draft is only ever read back by the
 * user who wrote it.
 */
public class PortalDrafts {

    /** Form keys: lower-case words and digits joined by dashes, as in {@code report-incident}. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_KEY = 80;
    public static final int MAX_FIELDS = 200;
    public static final int MAX_VALUE = 20_000;

    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration keptFor;

    public PortalDrafts(JdbcTemplate jdbc, ObjectMapper json, Clock clock, Duration keptFor) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    public static boolean validKey(String key) {
        return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
    }

    /** The saved fields of the user's draft, empty when there is none. */
    public Map<String, List<String>> load(Actor owner, String key) {
        requireKey(key);
        return jdbc.query("SELECT fields FROM portal_draft WHERE owner_id = ? AND owner_org = ? AND draft_key = ?",
                        (rs, row) -> read(rs.getString(1)), owner.id(), owner.organisation(), key)
                .stream().findFirst().orElseGet(LinkedHashMap::new);
    }

    /** Merges the fields into the draft and returns when it was saved. */
    @Transactional
    public Instant save(Actor owner, String key, Map<String, List<String>> fields) {
        requireKey(key);
        if (fields.size() > MAX_FIELDS || fields.values().stream().flatMap(List::stream)
                .anyMatch(value -> value != null && value.length() > MAX_VALUE)) {
            throw new IllegalArgumentException("The draft is too large to save.");
        }
        Instant now = clock.instant();
        Map<String, List<String>> saved = new LinkedHashMap<>(fields);
        saved.remove("_csrf");
        // Merged in the database, so two saves at once (an autosave and a page's submit) both keep their fields.
        jdbc.update("""
                INSERT INTO portal_draft (owner_id, owner_org, draft_key, fields, updated_at)
                VALUES (?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (owner_id, owner_org, draft_key)
                DO UPDATE SET fields = portal_draft.fields || EXCLUDED.fields, updated_at = EXCLUDED.updated_at""",
                owner.id(), owner.organisation(), key, write(saved), Timestamp.from(now));
        jdbc.update("DELETE FROM portal_draft WHERE updated_at < ?", Timestamp.from(now.minus(keptFor)));
        return now;
    }

    /** Deletes the draft, once its form has been submitted or the user starts again. */
    public void discard(Actor owner, String key) {
        requireKey(key);
        jdbc.update("DELETE FROM portal_draft WHERE owner_id = ? AND owner_org = ? AND draft_key = ?",
                owner.id(), owner.organisation(), key);
    }

    private static void requireKey(String key) {
        if (!validKey(key)) {
            throw new IllegalArgumentException("A draft key is lower-case words joined by dashes.");
        }
    }

    private Map<String, List<String>> read(String text) {
        try {
            return json.readValue(text, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not readable", e);
        }
    }

    private String write(Map<String, List<String>> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft could not be written", e);
        }
    }
}
