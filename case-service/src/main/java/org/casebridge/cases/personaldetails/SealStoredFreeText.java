package org.casebridge.cases.personaldetails;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.cases.incident.query.CaseViewProjection;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.platform.audit.AuditReseals;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.sealing.SealStoredFreeTextMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Case-service migration 12 (ADR 0058), run once by Flyway as the owner role: seals the free text of the events
 * stored before sealing under their case's key (or their received record's), exactly as the event store's serializer
 * now writes it. An event whose case was already erased gets the erased mark instead of its text, and the read models
 * of those cases lose the text as a new erasure would take it. Each rewritten row that the audit chain already holds is
 * resealed with the service's signature ({@link AuditReseals}), so the verifier still checks every byte. An upcaster
 * could not do this: it runs on every read and has no key; and the stored revision is kept, so the upcasters still
 * apply (the reader takes a sealed or a clear field in every revision).
 */
@Component
public class SealStoredFreeText extends SealStoredFreeTextMigration {

    static final String REASON = "ADR 0058: free text sealed under the case's key";
    private static final int NONCE_BYTES = 12;

    private final MasterKey masterKey;
    private final CaseKeyCipher cipher = new CaseKeyCipher();

    public SealStoredFreeText(MasterKey masterKey, AuditSigningKey signingKey, Clock clock) {
        super("12", 58, REASON, signingKey, clock);
        this.masterKey = masterKey;
    }

    @Override
    protected void report(Result result) {
        report(result, "stored events", "cases", "a key row");
    }

    @Override
    public Result seal(Connection connection) throws SQLException, IOException {
        Map<UUID, Optional<byte[]>> keys = keys(connection);
        Result result = seal(
                connection,
                Stream.concat(
                        Arrays.stream(CaseEvent.class.getPermittedSubclasses()),
                        Stream.of(ChildRecordReceivedEvent.class)),
                (aggregateIdentifier, payload) -> {
                    UUID keyId = UUID.fromString(aggregateIdentifier);
                    Optional<byte[]> key = keys.get(keyId);
                    return key == null ? null : new RowKey(keyId, key);
                });
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        keys.forEach((caseId, key) -> {
            if (key.isEmpty()) {
                CaseViewProjection.eraseFreeText(jdbc, caseId, Long.MAX_VALUE);
            }
        });
        keys.values().forEach(key -> key.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0)));
        return result;
    }

    /** Every case's (and received record's) key, unwrapped; empty for a key already destroyed. */
    private Map<UUID, Optional<byte[]>> keys(Connection connection) throws SQLException {
        Map<UUID, Optional<byte[]>> keys = new HashMap<>();
        byte[] master = masterKey.bytes();
        try (PreparedStatement select = connection.prepareStatement("SELECT case_id, key_material FROM case_key");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                UUID caseId = row.getObject(1, UUID.class);
                byte[] material = row.getBytes(2);
                keys.put(
                        caseId,
                        material == null
                                ? Optional.empty()
                                : Optional.of(cipher.decrypt(
                                        master,
                                        "case-key/" + caseId,
                                        new CaseKeyCipher.Sealed(
                                                Arrays.copyOfRange(material, 0, NONCE_BYTES),
                                                Arrays.copyOfRange(material, NONCE_BYTES, material.length)))));
            }
        } finally {
            Arrays.fill(master, (byte) 0);
        }
        return keys;
    }
}
