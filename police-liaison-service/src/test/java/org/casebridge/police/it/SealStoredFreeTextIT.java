package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.ClearStoredEvents.chained;
import static org.casebridge.platform.test.ClearStoredEvents.inOneTransaction;
import static org.casebridge.platform.test.ClearStoredEvents.payloads;
import static org.casebridge.platform.test.ClearStoredEvents.storeAsBeforeSealing;
import static org.casebridge.police.it.PoliceRequests.crimeRecordedAt;
import static org.casebridge.police.it.PoliceRequests.factor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.audit.AuditChain;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditVerifier;
import org.casebridge.platform.audit.Verification;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.test.StoredEventTampering;
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
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, kept);
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, erased);
        assertThat(payloads(jdbc, kept)).anyMatch(payload -> payload.contains("Xyloquent-Smith"));
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
        assertThat(chained(jdbc, kept)).as("the clear rows are chained").isPositive();
        assertThat(verify().verified()).isTrue();

        SealStoredFreeText.Result result = inOneTransaction(dataSource, migration::seal);

        assertThat(result.sealed()).as("two events of each case").isGreaterThanOrEqualTo(4);
        assertThat(result.erased()).isGreaterThanOrEqualTo(2);
        assertThat(result.resealed()).isGreaterThanOrEqualTo(4);
        assertThat(payloads(jdbc, kept))
                .noneMatch(payload -> payload.contains("Xyloquent"))
                .anyMatch(payload -> payload.contains("\"sealedUnder\":\"" + kept + "\""));
        assertThat(payloads(jdbc, erased))
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

        Verification tampered = StoredEventTampering.readWhileChanged(
                jdbc, kept, "%EscalationDeclinedEvent", "\"WMP\"", "\"DPP\"", this::verify);
        assertThat(tampered.verified()).as("a change without a signed reseal").isFalse();
        assertThat(tampered.firstBrokenEntry().reason()).isEqualTo("the row was changed");
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
}
