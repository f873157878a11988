package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.notification.delivery.it.SchoolEvents.referral;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.retention.AgencyCaseRetention;
import org.casebridge.notification.retention.CopiesRetention;
import org.casebridge.platform.kafka.DeadLetters;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's legal hold (ADR 0082) and a force's on its escalation (ADR 0087) on real PostgreSQL and Kafka, with the
 * retention job's clock set past the copies' year and the LADO's retention: a held case's copies and the LADO's free
 * text about it are passed over and counted, and erased by the first run after the hold is lifted (a force's by the
 * force it was transferred to); a hold received twice, or an older one arriving late, changes nothing; a malformed
 * hold is parked and the next case's hold is recorded. Every IT context reads the topics from
 * the start, so the copies' events are dated from October 2019 on: after every copy {@link CopiesRetentionIT} erases
 * and before it looks, so neither test finds the other's copies due.
 */
@NotificationIntegrationTest
class LegalHoldRetentionIT {

    private static final String AREA = "E06000046";
    private static final String SCHOOL = "100001";
    private static final String FORCE = "WMP";
    private static final String RECEIVING_FORCE = "MPS";
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Instant REFERRED = Instant.parse("2019-10-01T10:00:00Z");
    private static final Instant HELD = Instant.parse("2019-10-10T10:00:00Z");
    private static final Instant TRANSFERRED = Instant.parse("2020-02-03T10:00:00Z");
    private static final Instant LIFTED = Instant.parse("2021-01-10T10:00:00Z");
    private static final Clock A_YEAR_AND_MORE_AFTER =
            Clock.fixed(Instant.parse("2020-12-15T02:45:00Z"), ZoneOffset.UTC);
    /** A year and a day after the lifting, so that the lifting's own copy goes too and this test leaves none due. */
    private static final Clock AFTER_THE_LIFT = Clock.fixed(Instant.parse("2022-01-11T02:45:00Z"), ZoneOffset.UTC);

    private static final Clock TWO_DAYS_ON = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

    private static final BusRecords bus = new BusRecords();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    SealingKeyVault keys;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @AfterAll
    static void close() {
        bus.close();
    }

    @Test
    void aHeldCasesCopiesArePassedOverAndErasedOnTheFirstRunAfterTheHoldIsLifted() {
        String held = bus.publishAt(referral("c-hold-kept", AREA), REFERRED);
        String free = bus.publishAt(referral("c-hold-free", AREA), REFERRED);
        bus.publishAt(new LegalHoldPlacedEvent("c-hold-kept", SCHOOL, SCHOOL, HELD), HELD);
        await().atMost(PATIENCE).until(() -> held("c-hold-kept") && received(held) && received(free));
        double passedOverBefore = passedOver("copies");

        CopiesRetention.Run run = copies(A_YEAR_AND_MORE_AFTER).run();

        assertThat(run.held()).as("the held case is counted as passed over").isEqualTo(1);
        assertThat(passedOver("copies")).isEqualTo(passedOverBefore + 1);
        assertThat(receivedPayload(held)).as("kept under the hold").contains("child-1", "PICTURED");
        assertThat(erasedAt(free)).as("the case with no hold is erased").isNotNull();
        assertThat(copiesErasedEvents("c-hold-kept")).isZero();
        assertThat(keptCopies("c-hold-kept")).as("the referral and the placing").isEqualTo(2);

        bus.publishAt(new LegalHoldLiftedEvent("c-hold-kept", SCHOOL, SCHOOL, LIFTED), LIFTED);
        await().atMost(PATIENCE).until(() -> !held("c-hold-kept"));

        CopiesRetention.Run after = copies(AFTER_THE_LIFT).run();

        assertThat(after.held()).isZero();
        assertThat(keptCopies("c-hold-kept"))
                .as("the referral, the placing and the lifting")
                .isZero();
        assertThat(receivedPayload(held)).doesNotContain("child-1", "PICTURED").contains("\"schoolUrn\"");
        assertThat(erasedAt(held)).isNotNull();
        assertThat(copiesErasedEvents("c-hold-kept")).isEqualTo(1);
    }

    @Test
    void aCaseTheForceHoldsKeepsItsCopiesUntilTheForceItWasTransferredToLiftsTheHold() {
        String caseId = "c-force-kept";
        String referral = bus.publishAt(referral(caseId, AREA), REFERRED);
        String placed = bus.publishAt(new EscalationLegalHoldPlacedEvent(caseId, FORCE, HELD), HELD);
        await().atMost(PATIENCE).until(() -> held(caseId) && received(referral) && received(placed));
        assertThat(jdbc.queryForMap(
                        "SELECT holding_organisation, school_urn, holder_kind FROM case_legal_hold WHERE case_id = ?",
                        caseId))
                .as("held by the force; its events do not name the school")
                .containsEntry("holding_organisation", FORCE)
                .containsEntry("holder_kind", "POLICE_FORCE")
                .containsEntry("school_urn", null);
        double passedOverBefore = passedOver("copies");

        CopiesRetention.Run run = copies(A_YEAR_AND_MORE_AFTER).run();

        assertThat(run.held()).as("the case the force holds is passed over").isEqualTo(1);
        assertThat(passedOver("copies")).isEqualTo(passedOverBefore + 1);
        assertThat(receivedPayload(referral)).as("kept under the hold").contains("child-1", "PICTURED");
        assertThat(copiesErasedEvents(caseId)).isZero();
        assertThat(keptCopies(caseId))
                .as("the school's referral and the force's placing")
                .isEqualTo(2);

        bus.publishAt(new EscalationTransferredEvent(caseId, FORCE, RECEIVING_FORCE, TRANSFERRED), TRANSFERRED);
        String lifted = bus.publishAt(new EscalationLegalHoldLiftedEvent(caseId, RECEIVING_FORCE, LIFTED), LIFTED);
        await().atMost(PATIENCE).until(() -> processed(lifted) == 1);
        assertThat(held(caseId))
                .as("the hold went with the escalation, and the force it was transferred to lifted it")
                .isFalse();
        String late = bus.publishAt(new EscalationLegalHoldPlacedEvent(caseId, FORCE, HELD), HELD);
        await().atMost(PATIENCE).until(() -> processed(late) == 1);
        assertThat(held(caseId))
                .as("the older placing, under a new id, holds nothing")
                .isFalse();

        CopiesRetention.Run after = copies(AFTER_THE_LIFT).run();

        assertThat(after.held()).isZero();
        assertThat(keptCopies(caseId))
                .as("the referral, the placings, the transfer and the lifting")
                .isZero();
        assertThat(receivedPayload(referral)).doesNotContain("child-1", "PICTURED");
        assertThat(erasedAt(placed)).isNotNull();
        assertThat(copiesErasedEvents(caseId))
                .as("one for each controller: the school, the force and the force it was transferred to")
                .isEqualTo(3);
    }

    @Test
    void aForcesPlacingArrivingAfterTheLiftingByTheForceItWasTransferredToHoldsNothing() {
        String caseId = "c-force-late";
        Instant placedAt = Instant.parse("2026-11-02T09:00:00Z");
        String lifted =
                bus.publish(new EscalationLegalHoldLiftedEvent(caseId, RECEIVING_FORCE, placedAt.plusSeconds(3600)));
        await().atMost(PATIENCE).until(() -> processed(lifted) == 1);

        String placed = bus.publish(new EscalationLegalHoldPlacedEvent(caseId, FORCE, placedAt));
        await().atMost(PATIENCE).until(() -> processed(placed) == 1);

        assertThat(held(caseId))
                .as("the placing is older than the force's lifting")
                .isFalse();
        assertThat(holdRows(caseId)).isEqualTo(1);
    }

    @Test
    void theLadosFreeTextAboutACaseTheForceHoldsIsKeptUntilTheForceLiftsIt() {
        String agencyCase = LadoCases.concluded(commands, AllegationOutcome.MALICIOUS, "Pellinore");
        String caseId = agencyCase.substring(agencyCase.indexOf(':') + 1);
        Instant now = Instant.now();
        bus.publish(new EscalationLegalHoldPlacedEvent(caseId, FORCE, now));
        await().atMost(PATIENCE).until(() -> held(caseId));

        AgencyCaseRetention.Run run = agencyCases().run();

        assertThat(run.held()).isPositive();
        assertThat(keys.hasKey(AgencyCaseId.sealingKey(agencyCase))).isTrue();
        assertThat(LadoCases.columnsHolding(jdbc, "Pellinore")).contains("agency_lado_referral.outcome_rationale");

        bus.publish(new EscalationLegalHoldLiftedEvent(caseId, FORCE, now.plusSeconds(1)));
        await().atMost(PATIENCE).until(() -> !held(caseId));

        agencyCases().run();

        assertThat(keys.hasKey(AgencyCaseId.sealingKey(agencyCase))).isFalse();
        assertThat(LadoCases.columnsHolding(jdbc, "Pellinore")).isEmpty();
    }

    @Test
    void aMalformedForcesHoldIsParkedAndTheNextCasesHoldIsRecorded() {
        String malformed = bus.publishMalformed(EscalationLegalHoldPlacedEvent.class, "c-force-malformed", """
                {"caseId": "c-force-malformed", "forceCode": "WMP"}""");
        bus.publish(new EscalationLegalHoldPlacedEvent("c-force-after", FORCE, Instant.now()));

        ConsumerRecord<String, byte[]> parked = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.POLICE_EVENTS),
                r -> malformed.equals(KafkaTestRecords.header(r, "ce_id")),
                PATIENCE);
        assertThat(KafkaTestRecords.header(parked, "kafka_dlt-exception-message"))
                .contains("does not match its type org.casebridge.police.legal-hold-placed.v1");
        await().atMost(PATIENCE).until(() -> held("c-force-after"));
        assertThat(holdRows("c-force-malformed")).isZero();
    }

    @Test
    void theLadosFreeTextAboutAHeldCaseIsKeptUntilTheHoldIsLifted() {
        String agencyCase = LadoCases.concluded(commands, AllegationOutcome.MALICIOUS, "Ostrowind");
        String caseId = agencyCase.substring(agencyCase.indexOf(':') + 1);
        Instant now = Instant.now();
        bus.publish(new LegalHoldPlacedEvent(caseId, SCHOOL, SCHOOL, now));
        await().atMost(PATIENCE).until(() -> held(caseId));
        double passedOverBefore = passedOver("agency-case-free-text");

        AgencyCaseRetention.Run run = agencyCases().run();

        assertThat(run.held()).isPositive();
        assertThat(passedOver("agency-case-free-text")).isGreaterThan(passedOverBefore);
        assertThat(keys.hasKey(AgencyCaseId.sealingKey(agencyCase))).isTrue();
        assertThat(LadoCases.columnsHolding(jdbc, "Ostrowind")).contains("agency_lado_referral.outcome_rationale");

        bus.publish(new LegalHoldLiftedEvent(caseId, SCHOOL, SCHOOL, now.plusSeconds(1)));
        await().atMost(PATIENCE).until(() -> !held(caseId));

        agencyCases().run();

        assertThat(keys.hasKey(AgencyCaseId.sealingKey(agencyCase))).isFalse();
        assertThat(LadoCases.columnsHolding(jdbc, "Ostrowind")).isEmpty();
    }

    @Test
    void aHoldReceivedTwiceOrAnOlderOneArrivingLateChangesNothing() {
        String caseId = "c-hold-replayed";
        Instant placedAt = Instant.parse("2026-11-02T09:00:00Z");
        LegalHoldPlacedEvent placed = new LegalHoldPlacedEvent(caseId, SCHOOL, SCHOOL, placedAt);
        String placedId = bus.publish(placed);
        bus.publish(placedId, placed);
        await().atMost(PATIENCE).until(() -> held(caseId));
        await().atMost(PATIENCE).until(() -> processed(placedId) == 1);
        assertThat(holdRows(caseId)).isEqualTo(1);

        String liftedId = bus.publish(new LegalHoldLiftedEvent(caseId, SCHOOL, SCHOOL, placedAt.plusSeconds(60)));
        await().atMost(PATIENCE).until(() -> !held(caseId));
        String republished = bus.publish(placed);
        await().atMost(PATIENCE).until(() -> processed(republished) == 1);

        assertThat(held(caseId))
                .as("the older placing, under a new id, does not hold the case again")
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT event_id FROM case_legal_hold WHERE case_id = ?", String.class, caseId))
                .isEqualTo(liftedId);
        assertThat(processed(placedId)).as("the duplicate was applied once").isEqualTo(1);
    }

    @Test
    void aMalformedHoldIsParkedAndTheNextCasesHoldIsRecorded() {
        String malformed = bus.publishMalformed(LegalHoldPlacedEvent.class, "c-hold-malformed", """
                {"caseId": "c-hold-malformed", "schoolUrn": "100001", "holdingOrganisation": "100001"}""");
        bus.publish(new LegalHoldPlacedEvent("c-hold-after", SCHOOL, SCHOOL, Instant.now()));

        ConsumerRecord<String, byte[]> parked = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.SCHOOL_EVENTS),
                r -> malformed.equals(KafkaTestRecords.header(r, "ce_id")),
                PATIENCE);
        assertThat(KafkaTestRecords.header(parked, "kafka_dlt-exception-message"))
                .contains("does not match its type org.casebridge.school.legal-hold-placed.v1");
        await().atMost(PATIENCE).until(() -> held("c-hold-after"));
        assertThat(holdRows("c-hold-malformed")).isZero();
    }

    private CopiesRetention copies(Clock clock) {
        return RetentionJobs.of(context).copies(clock);
    }

    private AgencyCaseRetention agencyCases() {
        return RetentionJobs.of(context).agencyCases(TWO_DAYS_ON);
    }

    private boolean held(String caseId) {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM case_legal_hold WHERE case_id = ? AND held", Integer.class, caseId)
                > 0;
    }

    private int holdRows(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM case_legal_hold WHERE case_id = ?", Integer.class, caseId);
    }

    private int processed(String eventId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE consumer = 'deliveries' AND event_id = ?",
                Integer.class,
                eventId);
    }

    private boolean received(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM received_event WHERE event_id = ?", Integer.class, eventId)
                > 0;
    }

    private String receivedPayload(String eventId) {
        return jdbc.queryForObject(
                "SELECT payload::text FROM received_event WHERE event_id = ?", String.class, eventId);
    }

    private Object erasedAt(String eventId) {
        return jdbc.queryForObject(
                "SELECT payload_erased_at FROM received_event WHERE event_id = ?", Object.class, eventId);
    }

    private int keptCopies(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM received_event WHERE case_id = ? AND payload_erased_at IS NULL",
                Integer.class,
                caseId);
    }

    private int copiesErasedEvents(String caseId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%CopiesErasedEvent' AND convert_from(payload, 'UTF8') LIKE ?""", Integer.class, "%\"" + caseId + "\"%");
    }

    private double passedOver(String record) {
        return meters.getObject()
                .get("casebridge.retention.erasures.blocked")
                .tag("because", "legal-hold")
                .tag("record", record)
                .counter()
                .count();
    }
}
