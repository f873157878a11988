package org.casebridge.platform.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts of portal forms, one per user, organisation and form key. Each save merges the fields it carries into the
 * draft, so a page that autosaves one field at a time never drops the others. A draft is only ever read back by the
 * user who wrote it.
 * <p>
 * Drafts hold what users type, names of children included, so they are encrypted at rest ({@link DraftCipher}),
 * saved only under the keys of forms the service declares ({@link DraftForms}) by the roles that fill them in,
 * capped in size and number, deleted with their case's personal details, and gone once the portal session they were
 * typed in could no longer be alive (each save keeps a draft for the session's absolute lifetime).
 */
public class PortalDrafts {

    /** Form keys: lower-case words and digits joined by dashes, as in {@code report-incident}. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final int MAX_KEY = 80;
    /** A report of 40 children (the most a case takes) has about 11 answers a child and a dozen more. */
    public static final int MAX_FIELDS = 600;
    /** Four times the longest free text a command takes (4,000 characters), so no answer is ever cut. */
    public static final int MAX_VALUE = 20_000;
    /**
     * A whole draft, as UTF-8 JSON after the merge: the largest form (that report of 40 children with its summary
     * and notes) needs under 50 KiB; this leaves room and still bounds what one user can store.
     */
    public static final int MAX_DRAFT_BYTES = 128 * 1024;
    /**
     * Unsubmitted drafts per user: a user has one per form they left half done within one session's lifetime, a
     * handful in a busy day; fifty is far beyond that and bounds a script to about 6 MiB.
     */
    public static final int MAX_DRAFTS = 50;

    /** Namespaces the per-user advisory lock that makes a user's saves take turns. */
    private static final int LOCK_SPACE = 0x64726166;

    private static final Logger log = LoggerFactory.getLogger(PortalDrafts.class);
    private static final TypeReference<Map<String, List<String>>> FIELDS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;
    private final DraftCipher cipher;
    private final List<DraftForm> forms;
    private final Duration keptFor;

    PortalDrafts(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ObjectMapper json,
            Clock clock,
            DraftCipher cipher,
            List<DraftForm> forms,
            Duration keptFor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.cipher = cipher;
        this.forms = List.copyOf(forms);
        this.keptFor = keptFor;
    }

    public static boolean validKey(String key) {
        return key != null && key.length() <= MAX_KEY && KEY.matcher(key).matches();
    }

    /** Whether some form of this service saves drafts under the key. */
    public boolean registered(String key) {
        return validKey(key) && forms.stream().anyMatch(form -> form.matches(key));
    }

    /** The saved fields of the user's draft, empty when there is none (or it has expired). */
    public Map<String, List<String>> load(Actor owner, String key) {
        requireKey(key);
        return jdbc
                .query(
                        """
                        SELECT sealed FROM portal_draft
                        WHERE owner_id = ? AND owner_org = ? AND draft_key = ? AND expires_at > ?""",
                        (rs, row) -> rs.getBytes(1),
                        owner.id(),
                        owner.organisation(),
                        key,
                        Timestamp.from(clock.instant()))
                .stream()
                .findFirst()
                .flatMap(ciphertext -> open(owner, key, ciphertext))
                .orElseGet(LinkedHashMap::new);
    }

    /**
     * Merges the fields into the draft and returns when it was saved. Refuses, writing nothing, a key no form
     * declares ({@link NotFoundException}), a form the user's role does not fill in, a draft too large after the
     * merge, and a new draft beyond the user's quota ({@link DraftRefusedException}).
     */
    public Instant save(Actor owner, String key, Map<String, List<String>> fields) {
        DraftForm form = formFor(owner, key);
        Map<String, List<String>> incoming = new LinkedHashMap<>(fields);
        incoming.remove("_csrf");
        if (incoming.size() > MAX_FIELDS
                || incoming.values().stream()
                        .flatMap(List::stream)
                        .anyMatch(value -> value != null && value.length() > MAX_VALUE)) {
            throw DraftRefusedException.tooLarge();
        }
        return transactions.execute(status -> {
            // One user's saves take turns, so the merge, the size and the quota are decided on what is stored.
            jdbc.query(
                    "SELECT pg_advisory_xact_lock(?, hashtext(?))",
                    rs -> null,
                    LOCK_SPACE,
                    owner.id() + "\n" + owner.organisation());
            Instant now = clock.instant();
            Optional<byte[]> stored = jdbc
                    .query("""
                            SELECT sealed FROM portal_draft
                            WHERE owner_id = ? AND owner_org = ? AND draft_key = ? AND expires_at > ?""", (rs, row) -> rs.getBytes(1), owner.id(), owner.organisation(), key, Timestamp.from(now))
                    .stream()
                    .findFirst();
            if (stored.isEmpty() && liveDrafts(owner, key, now) >= MAX_DRAFTS) {
                throw DraftRefusedException.tooMany(MAX_DRAFTS);
            }
            Map<String, List<String>> merged =
                    stored.flatMap(ciphertext -> open(owner, key, ciphertext)).orElseGet(LinkedHashMap::new);
            merged.putAll(incoming);
            if (merged.size() > MAX_FIELDS) {
                throw DraftRefusedException.tooLarge();
            }
            byte[] plaintext = write(merged);
            try {
                if (plaintext.length > MAX_DRAFT_BYTES) {
                    throw DraftRefusedException.tooLarge();
                }
                jdbc.update(
                        """
                        INSERT INTO portal_draft (owner_id, owner_org, draft_key, sealed, case_id, updated_at,
                            expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (owner_id, owner_org, draft_key)
                        DO UPDATE SET sealed = EXCLUDED.sealed, case_id = EXCLUDED.case_id,
                            updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at""",
                        owner.id(),
                        owner.organisation(),
                        key,
                        cipher.seal(associatedData(owner, key), plaintext),
                        form.caseOf(key).orElse(null),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(keptFor)));
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
            return now;
        });
    }

    /** Deletes the draft, once its form has been submitted or the user starts again. */
    public void discard(Actor owner, String key) {
        requireKey(key);
        jdbc.update(
                "DELETE FROM portal_draft WHERE owner_id = ? AND owner_org = ? AND draft_key = ?",
                owner.id(),
                owner.organisation(),
                key);
    }

    /**
     * Deletes every user's drafts of forms about the case, when its personal details are erased; returns how many.
     * Runs in the caller's transaction.
     */
    public int discardCase(UUID caseId) {
        return jdbc.update("DELETE FROM portal_draft WHERE case_id = ?", caseId);
    }

    /** Deletes the drafts whose time is up; returns how many. */
    public int purgeExpired() {
        return jdbc.update("DELETE FROM portal_draft WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    }

    private DraftForm formFor(Actor owner, String key) {
        requireKey(key);
        List<DraftForm> declaring =
                forms.stream().filter(form -> form.matches(key)).toList();
        if (declaring.isEmpty()) {
            throw new NotFoundException("form", key);
        }
        return declaring.stream()
                .filter(form -> form.roles().contains(owner.role()))
                .findFirst()
                .orElseThrow(DraftRefusedException::notYourForm);
    }

    private int liveDrafts(Actor owner, String except, Instant now) {
        Integer count =
                jdbc.queryForObject("""
                        SELECT count(*) FROM portal_draft
                        WHERE owner_id = ? AND owner_org = ? AND draft_key <> ? AND expires_at > ?""", Integer.class, owner.id(), owner.organisation(), except, Timestamp.from(now));
        return count == null ? 0 : count;
    }

    private static void requireKey(String key) {
        if (!validKey(key)) {
            throw NotFoundException.none("form with that key");
        }
    }

    /** Binds a sealed draft to its owner and key, each part length-prefixed so that no two triples read alike. */
    private static String associatedData(Actor owner, String key) {
        return "portal-draft/1/" + owner.id().length() + ":" + owner.id() + "/"
                + owner.organisation().length() + ":" + owner.organisation() + "/" + key;
    }

    private Optional<Map<String, List<String>>> open(Actor owner, String key, byte[] sealed) {
        byte[] plaintext;
        try {
            plaintext = cipher.open(associatedData(owner, key), sealed);
        } catch (IllegalStateException e) {
            // A row moved from another user or form, or a key changed: it is nobody's draft, and starts afresh.
            log.warn(
                    "A stored draft failed authentication and is ignored: {}",
                    e.getClass().getName());
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(plaintext, FIELDS));
        } catch (IOException e) {
            throw new IllegalStateException("A stored draft is not readable", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private byte[] write(Map<String, List<String>> fields) {
        try {
            return json.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft could not be written", e);
        }
    }
}
