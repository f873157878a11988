package org.casebridge.cases.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.ClearStoredEvents.chained;
import static org.casebridge.platform.test.ClearStoredEvents.inOneTransaction;
import static org.casebridge.platform.test.ClearStoredEvents.payloads;
import static org.casebridge.platform.test.ClearStoredEvents.storeAsBeforeSealing;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.platform.audit.AuditChain;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditVerifier;
import org.casebridge.platform.audit.Verification;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.test.StoredEventTampering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-service migration 12 (ADR 0058) on real PostgreSQL: events stored in clear before sealing (made here by writing
 * two cases' events again without the keys, as the serializer wrote them before) are sealed under their case's key, an
 * erased case's are marked erased and its read model loses the text, and the audit chain that held the clear rows still
 * verifies through the signed reseals, while a change made without one still breaks it.
 */
@CaseIntegrationTest
class SealStoredFreeTextIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
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
    AuditVerifier verifier;

    @Autowired
    AuditSigningKey signingKey;

    @Test
    void clearEventsAreSealedUnderTheirCaseKeyAndTheAuditChainStillVerifiesThroughSignedReseals() throws Exception {
        assertThat(jdbc.queryForObject(
                        "SELECT description FROM flyway_schema_history WHERE version = '12'", String.class))
                .as("Flyway ran the migration at start (on this empty database it found nothing to seal)")
                .isEqualTo("seal stored free text");
        CaseApi dsl = CaseApi.dsl(port);
        String kept = report(dsl, "Xyloquent kept case: child-1 told Mr Xyloquent-Tutor");
        String erased = report(dsl, "Xyloquent erased case: child-1 told Ms Xyloquent-Nurse");
        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM case_timeline WHERE case_id IN (?::uuid, ?::uuid)",
                                Integer.class,
                                kept,
                                erased)
                        == 2);
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, kept);
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, erased);
        assertThat(payloads(jdbc, kept)).anyMatch(payload -> payload.contains("Xyloquent-Tutor"));
        assertThat(dsl.post("/api/cases/" + erased + "/personal-details/erasure", """
                        {"reason": "The family's erasure request was upheld by the school's DPO."}""")
                        .status())
                .isEqualTo(204);
        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                        "SELECT personal_details_erased FROM case_summary WHERE case_id = ?::uuid",
                        Boolean.class,
                        erased));
        jdbc.update(
                "UPDATE case_timeline SET why = 'Xyloquent erased case, as a read model kept it before' WHERE case_id ="
                        + " ?::uuid AND event_type = 'IncidentReported'",
                erased);
        AuditChain chain = new AuditChain(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Duration.ZERO);
        chain.appendCommitted();
        chain.appendCommitted();
        assertThat(chained(jdbc, kept)).as("the clear rows are chained").isPositive();
        assertThat(verify().verified()).isTrue();

        SealStoredFreeText.Result result = inOneTransaction(dataSource, migration::seal);

        assertThat(result.sealed()).isGreaterThanOrEqualTo(2);
        assertThat(result.erased()).isPositive();
        assertThat(result.resealed()).isGreaterThanOrEqualTo(2);
        assertThat(payloads(jdbc, kept))
                .noneMatch(payload -> payload.contains("Xyloquent"))
                .anyMatch(payload -> payload.contains("\"sealedUnder\""));
        assertThat(payloads(jdbc, erased))
                .noneMatch(payload -> payload.contains("Xyloquent"))
                .anyMatch(payload -> payload.contains("\"erased\":true"));
        assertThat(jdbc.queryForList(
                        "SELECT why FROM case_timeline WHERE case_id = ?::uuid AND why IS NOT NULL",
                        String.class,
                        erased))
                .noneMatch(why -> why.contains("Xyloquent"));
        assertThat(dsl.get("/api/cases/" + kept + "?asOf=" + Instant.now()).body())
                .as("the sealed events open with the case's key")
                .contains("Xyloquent-Tutor");
        Verification resealed = verify();
        assertThat(resealed.verified())
                .as(String.valueOf(resealed.firstBrokenEntry()))
                .isTrue();

        Verification tampered = StoredEventTampering.readWhileChanged(
                jdbc, kept, "%", "\"DISCLOSURE_BY_CHILD_INVOLVED\"", "\"DISCLOSURE_BY_PARENT\"", this::verify);
        assertThat(tampered.verified()).as("a change without a signed reseal").isFalse();
        assertThat(tampered.firstBrokenEntry().reason()).isEqualTo("the row was changed");
    }

    private Verification verify() {
        return verifier.verify(signingKey.encodedPublicKey(), AuditVerifier.Progress.NONE);
    }

    private static String report(CaseApi dsl, String summary) {
        CaseApi.Response created = dsl.post(
                "/api/cases",
                CaseApi.reportJson(null).replace("child-1 told her tutor that child-2 forwarded a picture", summary));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("caseId").asText();
    }
}
