package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.test.ClearStoredEvents.chained;
import static org.casebridge.platform.test.ClearStoredEvents.inOneTransaction;
import static org.casebridge.platform.test.ClearStoredEvents.opened;
import static org.casebridge.platform.test.ClearStoredEvents.payloads;
import static org.casebridge.platform.test.ClearStoredEvents.storeAsBeforeSealing;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.sealing.SealStoredFreeText;
import org.casebridge.platform.audit.AuditChain;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.audit.AuditVerifier;
import org.casebridge.platform.audit.Verification;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.test.StoredEventTampering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification migration 24 (ADR 0075) on real PostgreSQL: agency case events stored in clear before sealing (made
 * here by writing two LADO cases' events again without the keys, as the serializer wrote them before) are sealed under
 * their agency case's key, those of a case erased since (a false allegation, on its retention) are marked erased, no
 * clear text is left in
 * the event store, the read model still shows the text while the key exists, and the audit chain that held the clear
 * rows still verifies through the signed reseals, while a change made without one still breaks it.
 */
@NotificationIntegrationTest
class SealStoredFreeTextIT {

    private static final Serializer BEFORE_SEALING = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Autowired
    JdbcTemplate jdbc;

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
    SealingKeyVault keys;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditSigningKey signingKey;

    @Test
    void clearEventsAreSealedUnderTheirAgencyCaseKeyAndTheAuditChainStillVerifiesThroughSignedReseals()
            throws Exception {
        assertThat(jdbc.queryForObject(
                        "SELECT description FROM flyway_schema_history WHERE version = '24'", String.class))
                .as("Flyway ran the migration at start (on this empty database it found nothing to seal)")
                .isEqualTo("seal stored free text");
        String kept = LadoCases.concluded(commands, AllegationOutcome.UNSUBSTANTIATED, "Plovantine");
        String erased = LadoCases.concluded(commands, AllegationOutcome.FALSE, "Drusomark");
        assertThat(payloads(jdbc, kept))
                .as("sealed as it is stored")
                .noneMatch(payload -> payload.contains("Plovantine"));
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, kept);
        storeAsBeforeSealing(jdbc, eventSerializer, BEFORE_SEALING, erased);
        assertThat(payloads(jdbc, kept)).anyMatch(payload -> payload.contains("Plovantine"));
        assertThat(RetentionJobs.of(context)
                        .agencyCases(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)))
                        .run()
                        .erased())
                .as("the false allegation's record is erased, through its clear events")
                .isPositive();
        assertThat(keys.hasKey(AgencyCaseId.sealingKey(erased))).isFalse();
        AuditChain chain = new AuditChain(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Duration.ZERO);
        chain.appendCommitted();
        chain.appendCommitted();
        assertThat(chained(jdbc, kept)).as("the clear rows are chained").isPositive();
        assertThat(verify().verified()).isTrue();

        SealStoredFreeText.Result result = inOneTransaction(dataSource, migration::seal);

        assertThat(result.sealed())
                .as("the meeting and the outcome of each case")
                .isGreaterThanOrEqualTo(4);
        assertThat(result.erased()).isGreaterThanOrEqualTo(2);
        assertThat(result.resealed()).isGreaterThanOrEqualTo(4);
        assertThat(payloads(jdbc, kept))
                .noneMatch(payload -> payload.contains("Plovantine"))
                .anyMatch(payload -> payload.contains("\"sealedUnder\":\"" + AgencyCaseId.sealingKey(kept) + "\""));
        assertThat(payloads(jdbc, erased))
                .noneMatch(payload -> payload.contains("Drusomark"))
                .anyMatch(payload -> payload.contains("\"erased\":true"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE position(convert_to(?, 'UTF8') in payload) > 0",
                        Integer.class,
                        "Plovantine"))
                .as("no clear text of the agency cases is left in the event store")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM snapshot_event_entry"
                                + " WHERE position(convert_to(?, 'UTF8') in payload) > 0",
                        Integer.class,
                        "Plovantine"))
                .isZero();
        assertThat(opened(jdbc, eventSerializer, kept))
                .as("the sealed events open with the agency case's key")
                .anyMatch(text -> text.contains("Plovantine"));
        assertThat(opened(jdbc, eventSerializer, erased))
                .anyMatch(text -> text.contains(SealedText.ERASED))
                .noneMatch(text -> text.contains("Drusomark"));
        assertThat(jdbc.queryForObject(
                        "SELECT outcome_rationale FROM agency_lado_referral WHERE agency_case_id = ?",
                        String.class,
                        kept))
                .as("the read model shows the text while the key exists")
                .contains("Plovantine");
        Verification resealed = verify();
        assertThat(resealed.verified())
                .as(String.valueOf(resealed.firstBrokenEntry()))
                .isTrue();

        Verification tampered = StoredEventTampering.readWhileChanged(
                jdbc, kept, "%AllegationOutcomeRecordedEvent", "\"100001\"", "\"100002\"", this::verify);
        assertThat(tampered.verified()).as("a change without a signed reseal").isFalse();
        assertThat(tampered.firstBrokenEntry().reason()).isEqualTo("the row was changed");
    }

    private Verification verify() {
        return verifier.verify(signingKey.encodedPublicKey(), AuditVerifier.Progress.NONE);
    }
}
