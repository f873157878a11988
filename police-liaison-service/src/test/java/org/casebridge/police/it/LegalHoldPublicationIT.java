package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.platform.test.KafkaTestRecords.header;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;

/**
 * A force's legal hold on its escalation crosses to the other services (ADR 0087) through the event store as outbox,
 * on the real embedded Kafka: placed and lifted, as the case, the force and a time, never the reason or who; the
 * CloudEvents id is the stored event's, so a republication is a duplicate every inbox drops.
 */
class LegalHoldPublicationIT extends PoliceApiIntegrationTest {

    private static final String FORCE = "WMP";
    private static final String PLACED = "org.casebridge.police.legal-hold-placed.v1";
    private static final String LIFTED = "org.casebridge.police.legal-hold-lifted.v1";
    private static final Actor OFFICER = new Actor("pc-holdpub-1", Actor.Role.POLICE_LIAISON, FORCE);
    private static final Actor SUPERVISOR = new Actor("ps-holdpub-1", Actor.Role.POLICE_SUPERVISOR, FORCE);
    private static final Actor FORCE_AUDITOR = new Actor("ig-holdpub-1", Actor.Role.AUDITOR, FORCE);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String HOLD_REASON = "IOPC inquiry into DC Harrowgate's handling, ref 2026/431";
    private static final String LIFT_REASON = "The IOPC closed its inquiry in writing";

    @Test
    void settingAndLiftingALegalHoldPublishesItsPlacingAndLiftingWithoutTheReason() throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE).policeOnly().referredAt(Instant.now().minus(2, ChronoUnit.HOURS)),
                OFFICER,
                WAIT);
        String hold = "/api/escalations/" + caseId + "/legal-hold";

        ok(api().post(SUPERVISOR, hold, Map.of("reason", HOLD_REASON)));
        ConsumerRecord<String, byte[]> placed = KafkaTestRecords.first(
                Topics.POLICE_EVENTS, r -> caseId.equals(r.key()) && PLACED.equals(header(r, "ce_type")), WAIT);
        ok(api().post(FORCE_AUDITOR, hold + "/lifting", Map.of("reason", LIFT_REASON)));
        ConsumerRecord<String, byte[]> lifted = KafkaTestRecords.first(
                Topics.POLICE_EVENTS, r -> caseId.equals(r.key()) && LIFTED.equals(header(r, "ce_type")), WAIT);

        JsonNode placedData = json.readTree(placed.value());
        assertThat(fields(placedData)).containsExactlyInAnyOrder("caseId", "forceCode", "placedAt");
        assertThat(placedData.get("caseId").asText()).isEqualTo(caseId);
        assertThat(placedData.get("forceCode").asText()).isEqualTo(FORCE);
        JsonNode liftedData = json.readTree(lifted.value());
        assertThat(fields(liftedData)).containsExactlyInAnyOrder("caseId", "forceCode", "liftedAt");
        assertThat(liftedData.get("forceCode").asText()).isEqualTo(FORCE);
        assertThat(Instant.parse(liftedData.get("liftedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(placedData.get("placedAt").asText()));
        for (ConsumerRecord<String, byte[]> record : List.of(placed, lifted)) {
            assertThat(header(record, "ce_subject")).isEqualTo(caseId);
            assertThat(header(record, "ce_source")).isEqualTo(Topics.POLICE_SOURCE);
            assertThat(header(record, "ce_lawfulbasis")).startsWith("DPA_2018_PART_3");
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("IOPC", "Harrowgate", "inquiry", "2026/431")
                    .doesNotContain(SUPERVISOR.id(), FORCE_AUDITOR.id());
        }
        assertThat(header(placed, "ce_id"))
                .as("the CloudEvents id is the stored event's id, so a republication is a duplicate")
                .isEqualTo(storedEventId(caseId, "LegalHoldSetEvent"));
        assertThat(header(lifted, "ce_id")).isEqualTo(storedEventId(caseId, "LegalHoldLiftedEvent"));
    }

    private String storedEventId(String caseId, String simpleName) {
        return jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                String.class,
                caseId,
                "%" + simpleName);
    }

    private static List<String> fields(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
