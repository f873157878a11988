package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.casebridge.events.agency.AgencyTopic;
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
 * An agency's or an auditor's read of what this service holds of a school's case is told to the school on Kafka (ADR
 * 0070): one {@code agency.case-read.v1} per organisation, role and record in the window however often it is read,
 * codes only; case-service's own subject access client reads for the school and is not told.
 */
@NotificationIntegrationTest
class CaseReadPublicationIT {

    private static final String TYPE = "org.casebridge.agency.case-read.v1";
    private static final String AGENCY = "csc-it-acts";
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

    @Test
    void repeatedReadsInTheWindowPublishOneReadPerOrganisationRoleAndRecord() {
        String caseId = UUID.randomUUID().toString();
        bus.publish(new ReferralMadeEvent(
                caseId,
                "100001",
                "E06000010",
                "MPS",
                List.of("POLICE", "CHILDRENS_SOCIAL_CARE"),
                List.of("ADULT_INVOLVED"),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        AgencyApi worker = new AgencyApi(rest, AGENCY);
        String referral = "/api/agency/referrals/" + caseId;
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> worker.get(referral), view -> view.has("acknowledgeBy"));
        for (int i = 0; i < 3; i++) {
            assertThat(worker.call(HttpMethod.GET, referral, null)
                            .getStatusCode()
                            .value())
                    .isEqualTo(200);
        }
        assertThat(new AgencyApi(rest, "auditor-3", "AUDITOR", "casebridge-audit")
                        .call(HttpMethod.GET, referral, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(new AgencyApi(rest, "case-service-sar", "AUDITOR", "casebridge-audit")
                        .call(HttpMethod.GET, referral, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        Predicate<ConsumerRecord<String, byte[]>> reads =
                r -> caseId.equals(r.key()) && TYPE.equals(KafkaTestRecords.header(r, "ce_type"));
        List<ConsumerRecord<String, byte[]>> published =
                KafkaTestRecords.read(AgencyTopic.AGENCY_EVENTS, reads, 2, PATIENCE);
        assertThatThrownBy(() -> KafkaTestRecords.read(AgencyTopic.AGENCY_EVENTS, reads, 3, Duration.ofSeconds(8)))
                .as("a third read event")
                .isInstanceOf(ConditionTimeoutException.class);

        List<JsonNode> events = published.stream()
                .map(r -> AgencyApi.read(
                        org.springframework.http.ResponseEntity.ok(new String(r.value(), StandardCharsets.UTF_8))))
                .toList();
        assertThat(events)
                .extracting(e -> e.get("readerOrganisation").asText() + " "
                        + e.get("readerKind").asText() + " "
                        + e.get("readerRole").asText() + " " + e.get("record").asText())
                .containsExactlyInAnyOrder(
                        AGENCY + " AGENCY AGENCY REFERRAL", "casebridge-audit AUDITOR AUDITOR REFERRAL");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("schoolUrn").asText()).isEqualTo("100001");
            assertThat(e.get("lawfulBasis").asText()).isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        });
        assertThat(published)
                .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .doesNotContain(".worker", "auditor-3", "case-service-sar"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND what = 'agency-referral'",
                        Integer.class,
                        caseId))
                .as("the service's own log keeps every read")
                .isGreaterThanOrEqualTo(6);
    }
}
