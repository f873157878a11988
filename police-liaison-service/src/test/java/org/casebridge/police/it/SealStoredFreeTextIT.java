package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crimeRecordedAt;
import static org.casebridge.police.it.PoliceRequests.factor;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.audit.AuditChain;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditVerifier;
import org.casebridge.platform.audit.Verification;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.casebridge.police.sealing.SealStoredFreeText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Police migration 11 (ADR 0064) on real PostgreSQL: events stored in clear before sealing (made here by writing two
 * cases' events again without the keys, as the serializer wrote them before) are sealed under their case's key, those
 * of a case erased since (on its MoPI review) are marked erased, and the audit chain that held the clear rows still verifies through
 * the signed reseals, while a change made without one still breaks it.
 */
class SealStoredFreeTextIT extends PoliceApiIntegrationTest {

    private static final String FORCE = "WMP";
    private static final Actor OFFICER = new Actor("pc-6411", Actor.Role.POLICE_LIAISON, FORCE);
    private static final Actor SUPERVISOR = new Actor("ps-6412", Actor.Role.POLICE_SUPERVISOR, FORCE);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Serializer BEFORE_SEALING = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    SealStoredFreeText migration;

    @Autowired
    CommandGateway commands;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditSigningKey signingKey;

    @Test
    void clearEventsAreSealedUnderTheirCaseKeyAndTheAuditChainStillVerifiesThroughSignedReseals() throws Exception {
        assertThat(jdbc.queryForObject(
                        "SELECT description FROM flyway_schema_history WHERE version = '11'", String.class))
                .as("Flyway ran the migration at start (on this empty database it found nothing to seal)")
                .isEqualTo("seal stored free text");
        String kept = declined("Xyloquent kept: PC Xyloquent-Smith spoke to the school");
        String erased = reclassified("Xyloquent erased: the Xyloquent-Jones family moved away");
        storeAsBeforeSealing(kept);
        storeAsBeforeSealing(erased);
        assertThat(payloads(kept)).anyMatch(payload -> payload.contains("Xyloquent-Smith"));
        commands.sendAndWait(new FlagCrimeRecordForReviewCommand(erased, 1, LocalDate.of(2011, 3, 1)));
        ok(api().post(
                        SUPERVISOR,
                        "/api/escalations/" + erased + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                        "SELECT NOT aggravating_factors::text LIKE '%Xyloquent%' FROM police_escalation"
                                + " WHERE case_id = ?",
                        Boolean.class, erased));
        AuditChain chain = new AuditChain(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Duration.ZERO);
        chain.appendCommitted();
        chain.appendCommitted();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_chain a JOIN domain_event_entry e ON e.global_index = a.row_key"
                                + " WHERE a.source = 'event' AND e.aggregate_identifier = ?",
                        Integer.class,
                        kept))
                .as("the clear rows are chained")
                .isPositive();
        assertThat(verify().verified()).isTrue();

        SealStoredFreeText.Result result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            result = migration.seal(connection);
            connection.commit();
        }

        assertThat(result.sealed()).as("two events of each case").isGreaterThanOrEqualTo(4);
        assertThat(result.erased()).isGreaterThanOrEqualTo(2);
        assertThat(result.resealed()).isGreaterThanOrEqualTo(4);
        assertThat(payloads(kept))
                .noneMatch(payload -> payload.contains("Xyloquent"))
                .anyMatch(payload -> payload.contains("\"sealedUnder\":\"" + kept + "\""));
        assertThat(payloads(erased))
                .noneMatch(payload -> payload.contains("Xyloquent"))
                .anyMatch(payload -> payload.contains("\"erased\":true"));
        assertThat(api().get(OFFICER, "/api/escalations/" + kept + "?asOf=" + Instant.now())
                        .getBody())
                .as("the sealed events open with the case's key")
                .contains("Xyloquent-Smith");
        Verification resealed = verify();
        assertThat(resealed.verified())
                .as(String.valueOf(resealed.firstBrokenEntry()))
                .isTrue();

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT global_index, payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%EscalationDeclinedEvent'",
                kept);
        byte[] original = (byte[]) row.get("payload");
        try {
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    new String(original, StandardCharsets.UTF_8)
                            .replace("\"WMP\"", "\"DPP\"")
                            .getBytes(StandardCharsets.UTF_8),
                    row.get("global_index"));
            Verification tampered = verify();
            assertThat(tampered.verified())
                    .as("a change without a signed reseal")
                    .isFalse();
            assertThat(tampered.firstBrokenEntry().reason()).isEqualTo("the row was changed");
        } finally {
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    original,
                    row.get("global_index"));
        }
    }

    private Verification verify() {
        return verifier.verify(signingKey.encodedPublicKey(), AuditVerifier.Progress.NONE);
    }

    /** An escalation with sealed notes in its aggravating factors and a sealed reason for its decline. */
    private String declined(String words) throws Exception {
        String caseId = accepted(words);
        ok(api().post(OFFICER, "/api/escalations/" + caseId + "/decline", Map.of("reason", words)));
        return caseId;
    }

    /** An accepted escalation whose aggravating factors have sealed notes. */
    private String accepted(String words) throws Exception {
        String caseId = referred(SchoolReferral.policeOnlyTo(FORCE, List.of("ADULT_INVOLVED")), OFFICER, WAIT);
        PoliceApi api = api();
        String base = "/api/escalations/" + caseId;
        ok(api.post(OFFICER, base + "/acceptance", null));
        ok(api.post(OFFICER, base + "/aggravating-factors", factor("COERCION_OR_BLACKMAIL", words)));
        return caseId;
    }

    /** An escalation with sealed notes in its aggravating factors and a sealed reason for its reclassified crime. */
    private String reclassified(String words) throws Exception {
        String caseId = accepted(words);
        String base = "/api/escalations/" + caseId;
        PoliceApi api = api();
        ok(api.post(OFFICER, base + "/crime", crimeRecordedAt("2001-03-01T10:00:00Z")));
        ok(api.post(OFFICER, base + "/crime/reclassification", Map.of("classification", "86/10", "reason", words)));
        return caseId;
    }

    /** Writes the case's events again as the serializer wrote them before ADR 0064: every field in clear. */
    private void storeAsBeforeSealing(String caseId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ?",
                caseId);
        for (Map<String, Object> row : rows) {
            Object event = eventSerializer.deserialize(new SimpleSerializedObject<>(
                    (byte[]) row.get("payload"), byte[].class, (String) row.get("payload_type"), (String)
                            row.get("payload_revision")));
            SerializedObject<byte[]> clear = BEFORE_SEALING.serialize(event, byte[].class);
            jdbc.update(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                    clear.getData(),
                    row.get("global_index"));
        }
    }

    private List<String> payloads(String caseId) {
        return jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class,
                caseId);
    }
}
