package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.ReferralAcknowledgedEvent;
import org.casebridge.events.agency.ReferralNotRoutedEvent;
import org.casebridge.events.agency.ReferralReceivedByAgencyEvent;
import org.casebridge.events.agency.Section47EnquiriesStartedEvent;
import org.casebridge.events.agency.Section47OutcomeRecordedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A school's referral to children's social care reaches the area's agency by the agency directory, which acknowledges
 * it, records section 47 enquiries and completes the actions it owns, through the API and on the real Kafka topics
 * (ADR 0022). {@code csc-it-acts} of the tests' directory is the only children's social care serving E06000010; no
 * agency serves E06000011. A second acknowledgement answers 204 again and records nothing (ADR 0090).
 */
@NotificationIntegrationTest
class CscReferralIT {

    private static final String AGENCY = "csc-it-acts";
    private static final String AREA = "E06000010";
    private static final String AREA_WITHOUT_CSC = "E06000011";
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterAll
    static void close() {
        bus.close();
    }

    private static ReferralMadeEvent referral(String caseId, String area, List<String> to) {
        return new ReferralMadeEvent(
                caseId,
                "100001",
                area,
                "MPS",
                to,
                List.of("ADULT_INVOLVED"),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static Map<String, JsonNode> agencyEventsOf(String caseId, int count) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTestRecords.read(
                AgencyTopic.AGENCY_EVENTS,
                // what the agency did, not its reads of the case (ADR 0070)
                r -> caseId.equals(r.key())
                        && !"org.casebridge.agency.case-read.v1".equals(KafkaTestRecords.header(r, "ce_type")),
                count,
                PATIENCE);
        records.forEach(r -> assertThat(KafkaTestRecords.header(r, "ce_source")).isEqualTo(AgencyTopic.AGENCY_SOURCE));
        return records.stream()
                .collect(Collectors.toMap(
                        r -> KafkaTestRecords.header(r, "ce_type"),
                        r -> AgencyApi.read(org.springframework.http.ResponseEntity.ok(new String(r.value()))),
                        (a, b) -> b));
    }

    @Test
    void theAreasSocialCareAcknowledgesTheReferralAndRecordsSection47Enquiries() {
        String caseId = UUID.randomUUID().toString();
        AgencyApi worker = new AgencyApi(rest, AGENCY);
        bus.publish(referral(caseId, AREA, List.of("POLICE", "CHILDRENS_SOCIAL_CARE")));

        JsonNode received = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> worker.get("/api/agency/referrals/" + caseId), view -> view.has("acknowledgeBy"));
        assertThat(received.get("overdue").asBoolean()).isFalse();
        assertThat(received.has("acknowledgedAt")).isFalse();
        assertThat(Instant.parse(received.get("acknowledgeBy").asText())).isAfter(Instant.now());

        String path = "/api/agency/referrals/" + caseId;
        assertThat(new AgencyApi(rest, "csc-hackney")
                        .call(HttpMethod.GET, path, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(new AgencyApi(rest, "csc-hackney")
                        .call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(new AgencyApi(rest, "dsl", "SCHOOL_DSL", "100001")
                        .call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(new AgencyApi(rest, "auditor", "AUDITOR", "casebridge")
                        .call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);

        assertThat(worker.call(HttpMethod.POST, path + "/section-47-outcome", Map.of("outcome", "NO_FURTHER_ACTION"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(worker.call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(stored(caseId, "$ReferralAcknowledgedEvent")).isEqualTo(1);
        assertThat(worker.call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(stored(caseId, "$ReferralAcknowledgedEvent")).isEqualTo(1);
        assertThat(worker.call(HttpMethod.POST, path + "/section-47-enquiries", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(worker.call(HttpMethod.POST, path + "/section-47-enquiries", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(stored(caseId, "$Section47EnquiriesStartedEvent")).isEqualTo(1);
        assertThat(worker.call(
                                HttpMethod.POST,
                                path + "/section-47-enquiries",
                                Map.of("startedAt", "2026-01-05T09:00:00Z"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(worker.call(HttpMethod.POST, path + "/section-47-outcome", Map.of("outcome", "SOMETHING_ELSE"))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(worker.call(
                                HttpMethod.POST,
                                path + "/section-47-outcome",
                                Map.of("outcome", "CHILD_PROTECTION_CONFERENCE"))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);

        JsonNode after = worker.get(path);
        assertThat(after.has("acknowledgedAt")).isTrue();
        assertThat(after.get("section47Outcome").asText()).isEqualTo("CHILD_PROTECTION_CONFERENCE");
        assertThat(new AgencyApi(rest, "auditor", "AUDITOR", "casebridge")
                        .get("/api/agency/referrals")
                        .findValuesAsText("caseId"))
                .contains(caseId);

        Map<String, JsonNode> published = agencyEventsOf(caseId, 4);
        assertThat(published)
                .containsKeys(
                        IntegrationEventTypes.typeOf(ReferralReceivedByAgencyEvent.class),
                        IntegrationEventTypes.typeOf(ReferralAcknowledgedEvent.class),
                        IntegrationEventTypes.typeOf(Section47EnquiriesStartedEvent.class),
                        IntegrationEventTypes.typeOf(Section47OutcomeRecordedEvent.class));
        JsonNode acknowledged = published.get(IntegrationEventTypes.typeOf(ReferralAcknowledgedEvent.class));
        assertThat(acknowledged.get("agencyId").asText()).isEqualTo(AGENCY);
        assertThat(acknowledged.get("schoolUrn").asText()).isEqualTo("100001");
        assertThat(acknowledged.get("late").asBoolean()).isFalse();
    }

    @Test
    void aPoliceOnlyReferralReachesNoSocialCare() {
        String caseId = UUID.randomUUID().toString();
        bus.publish(referral(caseId, AREA, List.of("POLICE")));
        String later = UUID.randomUUID().toString();
        bus.publish(referral(later, AREA, List.of("CHILDRENS_SOCIAL_CARE")));
        AgencyApi worker = new AgencyApi(rest, AGENCY);
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> worker.call(HttpMethod.GET, "/api/agency/referrals/" + later, null)
                                .getStatusCode()
                                .value()
                        == 200);
        assertThat(worker.call(HttpMethod.GET, "/api/agency/referrals/" + caseId, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void aReferralToAnAreaNoSocialCareServesIsReportedNotDropped() {
        String caseId = UUID.randomUUID().toString();
        bus.publish(referral(caseId, AREA_WITHOUT_CSC, List.of("CHILDRENS_SOCIAL_CARE")));
        JsonNode notRouted = agencyEventsOf(caseId, 1).get(IntegrationEventTypes.typeOf(ReferralNotRoutedEvent.class));
        assertThat(notRouted.get("localAuthorityCode").asText()).isEqualTo(AREA_WITHOUT_CSC);
        assertThat(notRouted.get("schoolUrn").asText()).isEqualTo("100001");
    }

    @Test
    void theAgencyCompletesTheActionItOwnsAndSeesThePoliceConfirmIt() {
        String caseId = UUID.randomUUID().toString();
        bus.publish(referral(caseId, AREA, List.of("POLICE")));
        Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new StrategyActionAssignedEvent(
                caseId, "MPS", "meeting-1", "action-9", "CHILDRENS_SOCIAL_CARE", AGENCY, due, Instant.now()));
        bus.publish(new StrategyActionAssignedEventV2(
                caseId,
                "MPS",
                "meeting-1",
                "action-9",
                "SECTION_47_ENQUIRY",
                "CHILDRENS_SOCIAL_CARE",
                AGENCY,
                due,
                Instant.now()));
        AgencyApi worker = new AgencyApi(rest, AGENCY);
        String path = "/api/agency/referrals/" + caseId;
        JsonNode view = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> worker.get(path), v -> v.get("actions").size() == 1);
        assertThat(view.get("actions").get(0).get("actionType").asText()).isEqualTo("SECTION_47_ENQUIRY");
        assertThat(view.get("actions").get(0).get("what").asText()).isEqualTo("Section 47 enquiries");
        assertThat(view.has("referredAt")).isFalse();
        assertThat(worker.call(HttpMethod.POST, path + "/acknowledgement", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
        assertThat(worker.call(HttpMethod.POST, path + "/actions/action-8/completion", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(worker.call(HttpMethod.POST, path + "/actions/action-9/completion", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(worker.call(HttpMethod.POST, path + "/actions/action-9/completion", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(stored(caseId, "$StrategyActionCompletedByAgencyEvent")).isEqualTo(1);
        JsonNode completed =
                agencyEventsOf(caseId, 1).get(IntegrationEventTypes.typeOf(AgencyStrategyActionCompletedEvent.class));
        assertThat(completed.get("actionId").asText()).isEqualTo("action-9");
        assertThat(completed.get("meetingId").asText()).isEqualTo("meeting-1");

        bus.publish(new StrategyActionCompletedEvent(caseId, "MPS", "meeting-1", "action-9", Instant.now()));
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(worker.get(path).get("actions").get(0).has("completedAt"))
                                .isTrue());
        assertThat(worker.call(HttpMethod.POST, path + "/actions/action-9/completion", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(stored(caseId, "$StrategyActionCompletedByAgencyEvent")).isEqualTo(1);
    }

    /** How many events of the type whose name ends so the agency's case of {@code caseId} stored. */
    private int stored(String caseId, String eventType) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier LIKE ?",
                Integer.class,
                "%" + eventType,
                "%" + caseId + "%");
    }
}
