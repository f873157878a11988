package org.casebridge.cases.personaldetails;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's key, wrapped by the {@link MasterKey}, and its children's encrypted personal details in
 * case-service's own tables. Callers run it inside the transaction of the command it belongs to, so a refused report
 * stores nothing.
 */
@Component
public class PersonalDetailsVault {

    /** The wrapped form of a case key: the nonce, then the key encrypted under the master key with its tag. */
    private static final int NONCE_BYTES = 12;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MasterKey masterKey;
    private final CaseKeyCipher cipher = new CaseKeyCipher();
    private final ObjectMapper json =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    public PersonalDetailsVault(JdbcTemplate jdbc, Clock clock, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.masterKey = masterKey;
    }

    /** Creates the case's key. */
    public void createKey(CaseId caseId, String schoolUrn) {
        byte[] key = cipher.newKey();
        byte[] master = masterKey.bytes();
        try {
            CaseKeyCipher.Sealed wrapped = cipher.encrypt(master, wrappingData(caseId.value()), key);
            byte[] material = new byte[NONCE_BYTES + wrapped.ciphertext().length];
            System.arraycopy(wrapped.nonce(), 0, material, 0, NONCE_BYTES);
            System.arraycopy(wrapped.ciphertext(), 0, material, NONCE_BYTES, wrapped.ciphertext().length);
            jdbc.update(
                    "INSERT INTO case_key (case_id, school_urn, key_material, created_at) VALUES (?, ?, ?, ?)",
                    caseId.value(),
                    schoolUrn,
                    material,
                    Timestamp.from(clock.instant()));
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(master, (byte) 0);
        }
    }

    /** Whether the case still has its key: false once it was shredded, or for a case this vault never held. */
    public boolean hasKey(CaseId caseId) {
        Boolean present = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM case_key WHERE case_id = ? AND key_material IS NOT NULL)",
                Boolean.class,
                caseId.value());
        return Boolean.TRUE.equals(present);
    }

    /** Encrypts and stores one child's details under the case key. */
    public void store(CaseId caseId, String childRef, PersonalDetails details) {
        byte[] key = key(caseId.value()).orElseThrow(() -> new IllegalStateException("Case has no key"));
        try {
            CaseKeyCipher.Sealed sealed =
                    cipher.encrypt(key, associatedData(caseId, childRef), json.writeValueAsBytes(details));
            jdbc.update("""
                    INSERT INTO child_personal_details (case_id, child_ref, nonce, ciphertext) VALUES (?, ?, ?, ?)
                    ON CONFLICT (case_id, child_ref) DO UPDATE SET nonce = excluded.nonce,
                        ciphertext = excluded.ciphertext""", caseId.value(), childRef, sealed.nonce(), sealed.ciphertext());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Personal details could not be serialised", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * A child's details, if the case is within the reader's scope, its key still exists and the child has details on
     * file.
     */
    public Optional<PersonalDetails> read(CaseId caseId, CaseScope scope, String childRef) {
        if (schoolOf(caseId).filter(scope::includes).isEmpty()) {
            return Optional.empty();
        }
        return opened(
                        caseId,
                        associatedData(caseId, childRef),
                        "SELECT nonce, ciphertext FROM child_personal_details WHERE case_id = ? AND child_ref = ?",
                        caseId.value(),
                        childRef)
                .map(this::parse);
    }

    /** The school the case's key was created for, if the case exists (the key row outlives its shredding). */
    public Optional<String> schoolOf(CaseId caseId) {
        return jdbc
                .queryForList("SELECT school_urn FROM case_key WHERE case_id = ?", String.class, caseId.value())
                .stream()
                .findFirst();
    }

    /**
     * Keeps the case's personal details at least until {@code date} (ADR 0053): a later date replaces an earlier one,
     * never the reverse, so a child found later can only lengthen the case's retention.
     */
    public void keepUntil(CaseId caseId, LocalDate date) {
        jdbc.update(
                "UPDATE case_key SET retain_until = GREATEST(retain_until, ?) WHERE case_id = ? AND key_material IS NOT NULL",
                date,
                caseId.value());
    }

    /** The last day the case's personal details are kept, while its key exists and once a date is set. */
    public Optional<LocalDate> keptUntil(CaseId caseId) {
        return jdbc
                .queryForList(
                        "SELECT retain_until FROM case_key WHERE case_id = ? AND key_material IS NOT NULL"
                                + " AND retain_until IS NOT NULL",
                        LocalDate.class,
                        caseId.value())
                .stream()
                .findFirst();
    }

    /** A case whose key exists, and its school. */
    public record KeyedCase(CaseId caseId, String schoolUrn) {}

    /** The cases whose key exists and whose retention ended before {@code today}, the longest overdue first. */
    public List<KeyedCase> retentionEndedBefore(LocalDate today) {
        return jdbc.query(
                """
                SELECT case_id, school_urn FROM case_key
                WHERE key_material IS NOT NULL AND retain_until < ? ORDER BY retain_until, case_id""", (rs, row) -> new KeyedCase(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2)), today);
    }

    /** The cases whose key exists but have no retention date: reported before the schedule (ADR 0053). */
    public List<KeyedCase> withoutRetentionDate() {
        return jdbc.query(
                "SELECT case_id, school_urn FROM case_key WHERE key_material IS NOT NULL AND retain_until IS NULL",
                (rs, row) -> new KeyedCase(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2)));
    }

    /** The dates of birth on file for the case's children, by child ref; empty once the key is destroyed. */
    public Map<String, LocalDate> datesOfBirth(CaseId caseId) {
        Optional<byte[]> key = key(caseId.value());
        if (key.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, LocalDate> dates = new HashMap<>();
            jdbc.query(
                    "SELECT child_ref, nonce, ciphertext FROM child_personal_details WHERE case_id = ?",
                    rs -> {
                        String childRef = rs.getString(1);
                        PersonalDetails details = parse(cipher.decrypt(
                                key.get(),
                                associatedData(caseId, childRef),
                                new CaseKeyCipher.Sealed(rs.getBytes(2), rs.getBytes(3))));
                        if (details.dateOfBirth() != null) {
                            dates.put(childRef, details.dateOfBirth());
                        }
                    },
                    caseId.value());
            return dates;
        } finally {
            Arrays.fill(key.get(), (byte) 0);
        }
    }

    /**
     * Encrypts and stores a file the case holds about its children (a released disclosure, ADR 0057) under the case
     * key, so that it is erased with their personal details. A file already stored under this id and kind is kept.
     */
    public void storeDocument(CaseId caseId, UUID documentId, String kind, byte[] content) {
        byte[] key = key(caseId.value()).orElseThrow(() -> new IllegalStateException("Case has no key"));
        try {
            CaseKeyCipher.Sealed sealed = cipher.encrypt(key, documentData(caseId, documentId, kind), content);
            jdbc.update(
                    """
                    INSERT INTO case_document (case_id, document_id, kind, nonce, ciphertext, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, kind) DO NOTHING""",
                    caseId.value(),
                    documentId,
                    kind,
                    sealed.nonce(),
                    sealed.ciphertext(),
                    Timestamp.from(clock.instant()));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A stored file of the case, while its key exists. */
    public Optional<byte[]> readDocument(CaseId caseId, UUID documentId, String kind) {
        return opened(
                caseId,
                documentData(caseId, documentId, kind),
                "SELECT nonce, ciphertext FROM case_document WHERE case_id = ? AND document_id = ? AND kind = ?",
                caseId.value(),
                documentId,
                kind);
    }

    /**
     * The plaintext of the first sealed row ({@code nonce, ciphertext}) that {@code sql} finds, opened with the case's
     * key while it exists; the key is wiped from memory after.
     */
    private Optional<byte[]> opened(CaseId caseId, String associatedData, String sql, Object... arguments) {
        Optional<byte[]> key = key(caseId.value());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return jdbc
                    .query(sql, (rs, row) -> new CaseKeyCipher.Sealed(rs.getBytes(1), rs.getBytes(2)), arguments)
                    .stream()
                    .findFirst()
                    .map(stored -> cipher.decrypt(key.get(), associatedData, stored));
        } finally {
            Arrays.fill(key.get(), (byte) 0);
        }
    }

    /**
     * Destroys the case key and the ciphertexts: nothing the case held about who the children are is readable. The
     * files stored under the key go with it.
     */
    public void shred(CaseId caseId) {
        jdbc.update("DELETE FROM child_personal_details WHERE case_id = ?", caseId.value());
        jdbc.update("DELETE FROM case_document WHERE case_id = ?", caseId.value());
        jdbc.update(
                "UPDATE case_key SET key_material = NULL, shredded_at = ? WHERE case_id = ?",
                Timestamp.from(clock.instant()),
                caseId.value());
    }

    /** The case's key, for the free text sealed under it (ADR 0058): a copy the caller clears; empty once shredded. */
    Optional<byte[]> textKey(UUID caseId) {
        return key(caseId);
    }

    private Optional<byte[]> key(UUID caseId) {
        return jdbc
                .query(
                        "SELECT key_material FROM case_key WHERE case_id = ? AND key_material IS NOT NULL",
                        (rs, row) -> rs.getBytes(1),
                        caseId)
                .stream()
                .findFirst()
                .map(material -> unwrap(caseId, material));
    }

    private byte[] unwrap(UUID caseId, byte[] material) {
        byte[] master = masterKey.bytes();
        try {
            return cipher.decrypt(
                    master,
                    wrappingData(caseId),
                    new CaseKeyCipher.Sealed(
                            Arrays.copyOfRange(material, 0, NONCE_BYTES),
                            Arrays.copyOfRange(material, NONCE_BYTES, material.length)));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private static String wrappingData(UUID caseId) {
        return "case-key/" + caseId;
    }

    private PersonalDetails parse(byte[] plaintext) {
        try {
            return json.readValue(plaintext, PersonalDetails.class);
        } catch (IOException e) {
            throw new IllegalStateException("Decrypted personal details are unreadable", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static String documentData(CaseId caseId, UUID documentId, String kind) {
        return caseId + "/document/" + documentId + "/" + kind;
    }

    private static String associatedData(CaseId caseId, String childRef) {
        return caseId + "/" + childRef;
    }
}
