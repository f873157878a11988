package org.casebridge.police.sealing;

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
import java.util.stream.Stream;
import org.casebridge.platform.audit.AuditReseals;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditSource;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Police migration 11 (ADR 0064), run once by Flyway as the owner role: seals the free text of the escalation, device
 * and strategy-meeting events stored before sealing under their case's key, exactly as the event store's serializer
 * now writes it, creating each case's key ({@code sealing_key}) on the way. Each rewritten row that the audit chain
 * already holds is resealed with the service's signature ({@link AuditReseals}), so the verifier still checks every
 * byte. The stored revision is kept (the reader takes a sealed or a clear field in every revision), so the upcasters
 * still apply. An upcaster could not do this: it runs on every read and has no key.
 */
@Component
public class SealStoredFreeText implements JavaMigration {

    static final String REASON = "ADR 0064: police free text sealed under the case's key";
    private static final Logger log = LoggerFactory.getLogger(SealStoredFreeText.class);
    private static final int PAGE = 500;

    private final String masterKey;
    private final Environment environment;
    private final AuditSigningKey signingKey;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SealStoredFreeText(
            @Value("${casebridge.personal-data.master-key:}") String masterKey,
            Environment environment,
            AuditSigningKey signingKey,
            Clock clock) {
        this.masterKey = masterKey;
        this.environment = environment;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "seal stored free text";
    }

    @Override
    public Integer getChecksum() {
        return 64;
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
        Result result = seal(context.getConnection());
        log.info(
                "Sealed the free text of {} stored police events ({} of erased cases, {} resealed in the audit chain,"
                        + " {} left clear for want of a case id)",
                result.sealed(),
                result.erased(),
                result.resealed(),
                result.withoutKey());
    }

    /** What the migration did. */
    public record Result(int sealed, int erased, int resealed, int withoutKey) {}

    public Result seal(Connection connection) throws SQLException, IOException {
        byte[] master = PoliceSealingConfiguration.masterKey(masterKey, environment);
        SealingKeyVault vault;
        try {
            vault = new SealingKeyVault(
                    new JdbcTemplate(new SingleConnectionDataSource(connection, true)), clock, master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
        Map<String, Class<?>> types = new HashMap<>();
        Stream.of(EscalationEvent.class, StrategyMeetingEvent.class, DeviceEvent.class)
                .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
                .filter(SealStoredFreeText::hasSealedText)
                .forEach(type -> types.put(type.getName(), type));
        Map<UUID, Optional<byte[]>> keys = new HashMap<>();
        int sealed = 0;
        int erased = 0;
        int resealed = 0;
        int withoutKey = 0;
        long after = 0;
        try {
            while (true) {
                List<Row> rows = page(connection, types.keySet(), after);
                if (rows.isEmpty()) {
                    break;
                }
                for (Row row : rows) {
                    after = row.globalIndex();
                    JsonNode payload = json.readTree(row.payload());
                    Optional<UUID> caseId = caseId(payload);
                    if (!(payload instanceof ObjectNode event) || caseId.isEmpty()) {
                        withoutKey++;
                        continue;
                    }
                    Optional<byte[]> key = keys.computeIfAbsent(caseId.get(), vault::key);
                    if (!seal(event, types.get(row.payloadType()), caseId.get(), key)) {
                        continue;
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
                        update.setBytes(1, json.writeValueAsBytes(event));
                        update.setLong(2, row.globalIndex());
                        update.executeUpdate();
                    }
                    sealed++;
                    if (key.isEmpty()) {
                        erased++;
                    }
                    if (AuditReseals.record(
                            connection, AuditSource.EVENT, row.globalIndex(), clock.instant(), REASON, signingKey)) {
                        resealed++;
                    }
                }
            }
        } finally {
            keys.values().forEach(key -> key.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0)));
        }
        return new Result(sealed, erased, resealed, withoutKey);
    }

    private static Optional<UUID> caseId(JsonNode payload) {
        JsonNode caseId = payload.get("caseId");
        if (caseId == null || !caseId.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(caseId.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Seals the record's {@link Sealed} text fields, its own and those of the records and lists of records in it. */
    private static boolean seal(ObjectNode node, Class<?> type, UUID keyId, Optional<byte[]> key) {
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
                    node.set(component.getName(), sealed(node, keyId, key, value.asText()));
                    changed = true;
                }
            } else if (value.isObject()) {
                changed |= seal((ObjectNode) value, component.getType(), keyId, key);
            } else if (value.isArray() && elementType(component) instanceof Class<?> element) {
                for (JsonNode item : value) {
                    if (item instanceof ObjectNode object) {
                        changed |= seal(object, element, keyId, key);
                    }
                }
            }
        }
        return changed;
    }

    private static ObjectNode sealed(ObjectNode node, UUID keyId, Optional<byte[]> key, String text) {
        ObjectNode sealed = node.objectNode().put("sealedUnder", keyId.toString());
        return key.isPresent()
                ? sealed.put("text", Base64.getEncoder().encodeToString(SealedText.seal(key.get(), keyId, text)))
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

    private record Row(long globalIndex, String payloadType, byte[] payload) {}

    private static List<Row> page(Connection connection, Set<String> types, long after) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT global_index, payload_type, payload FROM domain_event_entry
                WHERE global_index > ? AND payload_type = ANY (?) ORDER BY global_index LIMIT ?""")) {
            select.setLong(1, after);
            select.setArray(2, connection.createArrayOf("varchar", types.toArray()));
            select.setInt(3, PAGE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getBytes(3)));
                }
            }
        }
        return rows;
    }
}
