package org.casebridge.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.IncomingEvents;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.erasure.RetentionErasure;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The force's legal hold on its escalation (ADR 0089) as the school's case receives it from Kafka, on real PostgreSQL:
 * the case shows who placed it and when, a redelivery changes nothing, the DSL's erasure and the retention job wait while
 * it lasts (the job counting the case as held), and after the lift the case says so and the next run erases it. The
 * case's only child was born in 1999, so its retention ended on 31 December 2024, before the job's clock.
 */
@CaseIntegrationTest
class ForceLegalHoldIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String FORCE = "WMP";
    private static final Clock AFTER_RETENTION = Clock.fixed(Instant.parse("2025-01-02T09:00:00Z"), ZoneOffset.UTC);

    @Autowired
    PersonalDetailsVault vault;

    @Autowired
    PersonalDetailsService personalDetails;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    ChildRecordTransfers transfers;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @Test
    void theForcesHoldShowsOnTheCaseOnceKeepsItFromErasureAndItsLiftShowsAndLetsTheNextRunErase() throws Exception {
        CaseApi api = CaseApi.dsl(port);
        String caseId = referredAndDecidedByThePolice(api);
        Instant placedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String placing = UUID.randomUUID().toString();
        EscalationLegalHoldPlacedEvent placed = new EscalationLegalHoldPlacedEvent(caseId, FORCE, placedAt);

        fromPolice(placing, placed);
        fromPolice(placing, placed);

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode hold = api.get("/api/cases/" + caseId).json().get("policeLegalHold");
            assertThat(hold.get("forceCode").asText()).isEqualTo(FORCE);
            assertThat(hold.get("forceName").asText()).isEqualTo("West Midlands Police");
            assertThat(Instant.parse(hold.get("placedAt").asText())).isEqualTo(placedAt);
            assertThat(hold.get("held").asBoolean()).isTrue();
            assertThat(hold.has("liftedAt")).isFalse();
        });
        JsonNode detail = api.get("/api/cases/" + caseId).json();
        assertThat(detail.get("legalHold").asBoolean())
                .as("the school's own hold is another")
                .isFalse();
        assertThat(detail.get("policeDecisions").toString()).contains("legal hold placed on the police record");

        CaseApi.Response erasure = api.post(
                "/api/cases/" + caseId + "/personal-details/erasure",
                "{\"reason\": \"Subject access and erasure request upheld by the school's DPO.\"}");
        assertThat(erasure.status()).isEqualTo(409);
        assertThat(erasure.json().get("blockedBy").toString()).isEqualTo("[\"FORCE_LEGAL_HOLD\"]");

        double heldBefore = heldCount();
        RetentionErasure.Run whileHeld = job().run();
        assertThat(whileHeld.held()).contains(id(caseId));
        assertThat(whileHeld.erased()).doesNotContain(id(caseId));
        assertThat(whileHeld.blocked()).doesNotContain(id(caseId));
        assertThat(heldCount()).isGreaterThan(heldBefore);
        assertThat(vault.hasKey(id(caseId))).isTrue();

        Instant liftedAt = placedAt.plus(1, ChronoUnit.HOURS);
        fromPolice(UUID.randomUUID().toString(), new EscalationLegalHoldLiftedEvent(caseId, FORCE, liftedAt));

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode hold = api.get("/api/cases/" + caseId).json().get("policeLegalHold");
            assertThat(hold.get("held").asBoolean()).isFalse();
            assertThat(Instant.parse(hold.get("placedAt").asText())).isEqualTo(placedAt);
            assertThat(hold.get("liftedByForceCode").asText()).isEqualTo(FORCE);
            assertThat(Instant.parse(hold.get("liftedAt").asText())).isEqualTo(liftedAt);
        });
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                            AND payload_type LIKE '%PoliceUpdateReceivedEvent'
                            AND convert_from(payload, 'UTF8') LIKE '%LEGAL_HOLD_PLACED%'""", Integer.class, caseId))
                .as("the placing delivered twice is on the case once")
                .isEqualTo(1);

        RetentionErasure.Run afterTheLift = job().run();
        assertThat(afterTheLift.erased()).contains(id(caseId));
        assertThat(vault.hasKey(id(caseId))).isFalse();
    }

    private String referredAndDecidedByThePolice(CaseApi api) throws Exception {
        CaseApi.Response created = api.post("/api/cases", RetentionErasureIT.BORN_1999);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        assertThat(api.post("/api/cases/" + caseId + "/initial-review", CaseApi.reviewJson(true))
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult aged 19."}""").status()).isEqualTo(204);
        fromPolice(UUID.randomUUID().toString(), new EscalationAcceptedEvent(caseId, FORCE, Instant.now()));
        fromPolice(
                UUID.randomUUID().toString(),
                new OutcomeAssignedEvent(caseId, FORCE, "OUTCOME_21", "21", Instant.now()));
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(api.get("/api/cases/" + caseId)
                                .json()
                                .get("policeOutcome")
                                .asText())
                        .isEqualTo("OUTCOME_21"));
        return caseId;
    }

    private void fromPolice(String eventId, PoliceEvent event) throws Exception {
        new IncomingEvents(codec).send(Topics.POLICE_EVENTS, Topics.POLICE_SOURCE, eventId, event);
    }

    private RetentionErasure job() {
        return new RetentionErasure(vault, personalDetails, transfers, schedule, jdbc, AFTER_RETENTION, meters);
    }

    private double heldCount() {
        return meters.getObject()
                .get("casebridge.retention.erasures.blocked")
                .tag("because", "legal-hold")
                .counter()
                .count();
    }

    private static CaseId id(String caseId) {
        return new CaseId(UUID.fromString(caseId));
    }
}
