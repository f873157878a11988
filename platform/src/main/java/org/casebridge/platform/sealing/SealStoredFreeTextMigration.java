package org.casebridge.platform.sealing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.casebridge.platform.audit.AuditReseals;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditSource;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A service's Flyway migration that seals the free text of the events it stored before sealing (ADR 0058, ADR 0064),
 * exactly as the event store's serializer now writes it: each {@link Sealed} field, in the event and in the records
 * and lists of records in it, becomes ciphertext under its key, or the erased mark where the key was destroyed. Each
 * rewritten row that the audit chain already holds is resealed with the service's signature ({@link AuditReseals}),
 * so the verifier still checks every byte. The stored revision is kept (the reader takes a sealed or a clear field in
 * every revision), so the upcasters still apply. A service says which events it seals and where each row's key is.
 */
public abstract class SealStoredFreeTextMigration implements JavaMigration {

    private static final int PAGE = 500;

    private final String version;
    private final int checksum;
    private final String reason;
    private final AuditSigningKey signingKey;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param version the service's migration version
     * @param checksum Flyway's checksum of the migration
     * @param reason why the rows changed, as the audit chain's reseals record it
     */
    protected SealStoredFreeTextMigration(
            String version, int checksum, String reason, AuditSigningKey signingKey, Clock clock) {
        this.version = version;
        this.checksum = checksum;
        this.reason = reason;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    /** What the migration did. */
    public record Result(int sealed, int erased, int resealed, int withoutKey) {}

    /** The key a stored row's free text is sealed under: empty bytes for a key already destroyed. */
    public record RowKey(UUID id, Optional<byte[]> key) {}

    /** Finds a stored row's key from its aggregate's identifier or its payload; null when it has none. */
    @FunctionalInterface
    public interface RowKeys {
        @Nullable
        RowKey of(String aggregateIdentifier, JsonNode payload);
    }

    /** Seals the stored free text on the migration's connection (also called by the tests). */
    public abstract Result seal(Connection connection) throws SQLException, IOException;

    /** Logs what the migration did, in the service's words ({@link #report(Result, String, String, String)}). */
    protected abstract void report(Result result);

    /**
     * Logs the counts of what the migration did under the service's logger: {@code events} sealed ("stored police
     * events"), those of erased {@code records} ("cases"), the reseals, and the rows left clear for want of {@code
     * key} ("a case id").
     */
    protected final void report(Result result, String events, String records, String key) {
        LoggerFactory.getLogger(getClass())
                .info(
                        "Sealed the free text of {} " + events + " ({} of erased " + records
                                + ", {} resealed in the audit chain, {} left clear for want of " + key + ")",
                        result.sealed(),
                        result.erased(),
                        result.resealed(),
                        result.withoutKey());
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return "seal stored free text";
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (var statement = context.getConnection().createStatement()) {
            // A store of any size must fit in the one transaction of the migration: the service's short limits
            // (ADR 0003) apply to its commands, not to this, and nothing else takes a key while it runs.
            statement.execute("SET LOCAL statement_timeout = 0");
            statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            statement.execute("SET LOCAL transaction_timeout = 0");
        }
        report(seal(context.getConnection()));
    }

    /**
     * Seals the stored events of the given types under the keys of a {@link SealingKeyVault} kept in the service's
     * {@code sealing_key} table: {@code keyIdOf} names the key of each row (empty: left clear and counted), the vault
     * creates a key that does not exist yet, and every key is wiped when done.
     */
    protected final Result sealUnderVaultKeys(
            Connection connection,
            SealingMasterKey masterKey,
            Stream<Class<?>> eventTypes,
            Function<JsonNode, Optional<UUID>> keyIdOf)
            throws SQLException, IOException {
        SealingKeyVault vault =
                masterKey.vault(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), clock);
        Map<UUID, Optional<byte[]>> keys = new HashMap<>();
        try {
            return seal(
                    connection,
                    eventTypes,
                    (aggregateIdentifier, payload) -> keyIdOf.apply(payload)
                            .map(keyId -> new RowKey(keyId, keys.computeIfAbsent(keyId, vault::key)))
                            .orElse(null));
        } finally {
            keys.values().forEach(key -> key.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0)));
        }
    }

    /** The payload's text field of this name, when it is there and not blank. */
    protected static Optional<String> textField(JsonNode payload, String name) {
        JsonNode field = payload.get(name);
        return field == null || !field.isTextual() || field.asText().isBlank()
                ? Optional.empty()
                : Optional.of(field.asText());
    }

    /**
     * Seals the stored events of the given types that have {@link Sealed} text, each under the key {@code keys} finds
     * for it; a row without one is counted and left clear.
     */
    protected final Result seal(Connection connection, Stream<Class<?>> eventTypes, RowKeys keys)
            throws SQLException, IOException {
        Map<String, Class<?>> types = new HashMap<>();
        eventTypes.filter(SealStoredFreeTextMigration::hasSealedText).forEach(type -> types.put(type.getName(), type));
        int sealed = 0;
        int erased = 0;
        int resealed = 0;
        int withoutKey = 0;
        long after = 0;
        while (true) {
            List<Row> rows = page(connection, types.keySet(), after);
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                after = row.globalIndex();
                JsonNode payload = json.readTree(row.payload());
                RowKey key = keys.of(row.aggregateIdentifier(), payload);
                if (key == null) {
                    withoutKey++;
                    continue;
                }
                Class<?> type = types.get(row.payloadType());
                if (!(payload instanceof ObjectNode event) || type == null || !seal(event, type, key)) {
                    continue;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
                    update.setBytes(1, json.writeValueAsBytes(event));
                    update.setLong(2, row.globalIndex());
                    update.executeUpdate();
                }
                sealed++;
                if (key.key().isEmpty()) {
                    erased++;
                }
                if (AuditReseals.record(
                        connection, AuditSource.EVENT, row.globalIndex(), clock.instant(), reason, signingKey)) {
                    resealed++;
                }
            }
        }
        return new Result(sealed, erased, resealed, withoutKey);
    }

    /** Seals the record's {@link Sealed} text fields, its own and those of the records and lists of records in it. */
    private static boolean seal(ObjectNode node, Class<?> type, RowKey key) {
        if (!type.isRecord()) {
            return false;
        }
        boolean changed = false;
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode value = node.get(component.getName());
            if (value == null || value.isNull()) {
                continue;
            }
            if (component.isAnnotationPresent(Sealed.class)) {
                if (value.isTextual()) {
                    node.set(component.getName(), sealed(node, key, value.asText()));
                    changed = true;
                }
            } else if (value.isObject()) {
                changed |= seal((ObjectNode) value, component.getType(), key);
            } else if (value.isArray() && elementType(component) instanceof Class<?> element) {
                for (JsonNode item : value) {
                    if (item instanceof ObjectNode object) {
                        changed |= seal(object, element, key);
                    }
                }
            }
        }
        return changed;
    }

    private static ObjectNode sealed(ObjectNode node, RowKey key, String text) {
        ObjectNode sealed = node.objectNode().put("sealedUnder", key.id().toString());
        return key.key().isPresent()
                ? sealed.put(
                        "text",
                        Base64.getEncoder()
                                .encodeToString(SealedText.seal(key.key().get(), key.id(), text)))
                : sealed.put("erased", true);
    }

    private static Type elementType(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType list
                ? list.getActualTypeArguments()[0]
                : Object.class;
    }

    private static boolean hasSealedText(Class<?> type) {
        return type.isRecord()
                && Arrays.stream(type.getRecordComponents())
                        .anyMatch(c -> c.isAnnotationPresent(Sealed.class)
                                || hasSealedText(c.getType())
                                || (elementType(c) instanceof Class<?> element
                                        && element != type
                                        && hasSealedText(element)));
    }

    private record Row(long globalIndex, String aggregateIdentifier, String payloadType, byte[] payload) {}

    private static List<Row> page(Connection connection, Set<String> types, long after) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT global_index, aggregate_identifier, payload_type, payload FROM domain_event_entry
                WHERE global_index > ? AND payload_type = ANY (?) ORDER BY global_index LIMIT ?""")) {
            select.setLong(1, after);
            select.setArray(2, connection.createArrayOf("varchar", types.toArray()));
            select.setInt(3, PAGE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4)));
                }
            }
        }
        return rows;
    }
}
