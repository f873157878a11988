package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.KafkaTestRecords.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.platform.kafka.PublicationReconciler;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's legal hold crosses to the other services (ADR 0082) through the event store as outbox, on the real
 * embedded Kafka: placed and lifted, by refs, codes and a time, never the reason; and a hold stored before the
 * mapping existed (so with no ledger row) is published by the reconciliation check with its own event id.
 */
@CaseIntegrationTest
class LegalHoldPublicationIT extends CaseApiSteps {

    private static final Duration KAFKA_PATIENCE = Duration.ofSeconds(60);
    private static final String PLACED = "org.casebridge.school.legal-hold-placed.v1";
    private static final String LIFTED = "org.casebridge.school.legal-hold-lifted.v1";
    private static final String CHILD_1 = """
            {"givenName": "Tomasz", "familyName": "Quillfeather", "dateOfBirth": "2011-05-02", "upn": "H801200009001"}""";
    private static final String HOLD_REASON = "Solicitor's letter from Quillfeather & Co: a civil claim is expected.";
    private static final String LIFT_REASON = "The claim against Mr Brannock was withdrawn in writing.";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    PublicationReconciler reconciler;

    @Test
    void settingAndLiftingALegalHoldPublishesItsPlacingAndLiftingWithoutTheReason() throws Exception {
        CaseApi dsl = CaseApi.dsl(port);
        String caseId = dsl.report(CHILD_1);

        assertThat(dsl.post(path(caseId, "/legal-hold"), reason(HOLD_REASON)).status())
                .isEqualTo(204);
        ConsumerRecord<String, byte[]> placed = KafkaTestRecords.first(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key()) && PLACED.equals(header(r, "ce_type")),
                KAFKA_PATIENCE);

        CaseApi auditor = dsl.as(CaseApi.URN, "AUDITOR");
        assertThat(auditor.post(path(caseId, "/legal-hold/lifting"), reason(LIFT_REASON))
                        .status())
                .isEqualTo(204);
        ConsumerRecord<String, byte[]> lifted = KafkaTestRecords.first(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key()) && LIFTED.equals(header(r, "ce_type")),
                KAFKA_PATIENCE);

        JsonNode placedData = json.readTree(placed.value());
        assertThat(placedData.get("caseId").asText()).isEqualTo(caseId);
        assertThat(placedData.get("schoolUrn").asText()).isEqualTo(CaseApi.URN);
        assertThat(placedData.get("holdingOrganisation").asText()).isEqualTo(CaseApi.URN);
        assertThat(placedData.has("placedAt")).isTrue();
        JsonNode liftedData = json.readTree(lifted.value());
        assertThat(liftedData.get("holdingOrganisation").asText()).isEqualTo(CaseApi.URN);
        assertThat(liftedData.has("liftedAt")).isTrue();
        for (ConsumerRecord<String, byte[]> record : List.of(placed, lifted)) {
            assertThat(header(record, "ce_subject")).isEqualTo(caseId);
            assertThat(header(record, "ce_source")).isEqualTo(Topics.SCHOOL_SOURCE);
            assertThat(header(record, "ce_lawfulbasis")).isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Solicitor", "Quillfeather", "Brannock", "withdrawn", "Tomasz")
                    .doesNotContain("dsl-", "auditor-");
        }
        assertThat(header(placed, "ce_id"))
                .as("the CloudEvents id is the stored event's id, so a republication is a duplicate")
                .isEqualTo(storedEventId(caseId, "LegalHoldSetEvent"));
    }

    @Test
    void aHoldStoredBeforeHoldsWerePublishedIsPublishedByTheReconciliationCheck() {
        CaseApi dsl = CaseApi.dsl(port);
        String caseId = dsl.report(CHILD_1);
        assertThat(dsl.post(path(caseId, "/legal-hold"), reason(HOLD_REASON)).status())
                .isEqualTo(204);
        String eventId = storedEventId(caseId, "LegalHoldSetEvent");
        await().atMost(KAFKA_PATIENCE).until(() -> ledgered(eventId));
        // Before ADR 0082 the publisher passed over a hold without a ledger row: that is the state this recreates.
        jdbc.update("DELETE FROM published_event WHERE event_id = ?", eventId);
        assertThat(dsl.post(path(caseId, "/legal-hold/lifting"), reason(LIFT_REASON))
                        .status())
                .isEqualTo(204);
        await().atMost(KAFKA_PATIENCE).until(() -> ledgered(storedEventId(caseId, "LegalHoldLiftedEvent")));

        await().atMost(KAFKA_PATIENCE).until(() -> {
            reconciler.reconcile();
            return ledgered(eventId);
        });

        List<ConsumerRecord<String, byte[]>> published =
                KafkaTestRecords.read(Topics.SCHOOL_EVENTS, r -> eventId.equals(header(r, "ce_id")), 2, KAFKA_PATIENCE);
        assertThat(published)
                .as("published when it was stored, and again by the check with the same id")
                .hasSize(2)
                .allSatisfy(record -> assertThat(header(record, "ce_type")).isEqualTo(PLACED));
    }

    private boolean ledgered(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM published_event WHERE event_id = ?", Integer.class, eventId)
                > 0;
    }

    private String storedEventId(String caseId, String simpleName) {
        return jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                String.class,
                caseId,
                "%." + simpleName);
    }

    private static String reason(String words) {
        return "{\"reason\": \"" + words + "\"}";
    }

    private static String path(String caseId, String tail) {
        return "/api/cases/" + caseId + tail;
    }
}
