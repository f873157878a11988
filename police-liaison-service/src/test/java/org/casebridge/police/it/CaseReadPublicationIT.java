package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.casebridge.events.Topics;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * A read of a school's case by the police is told to the school on Kafka (ADR 0070): one {@code police.case-read.v1}
 * per force, role and record in the window however often the page is read, with codes and never the reader's id,
 * while the force's own access log keeps every read.
 */
class CaseReadPublicationIT extends PoliceApiIntegrationTest {

    private static final String TYPE = "org.casebridge.police.case-read.v1";
    private static final Actor OFFICER = new Actor("pc-7310", Actor.Role.POLICE_LIAISON, "WMP");
    private static final Actor AUDITOR = new Actor("auditor-7", Actor.Role.AUDITOR, "casebridge-audit");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void repeatedReadsOfAnEscalationInTheWindowPublishOneReadPerRoleAndRecord() throws Exception {
        String caseId = referred(SchoolReferral.to("WMP"), OFFICER, WAIT);
        PoliceApi api = api();
        String escalation = "/api/escalations/" + caseId;
        for (int i = 0; i < 3; i++) {
            assertThat(api.get(OFFICER, escalation).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(api.get(OFFICER, escalation + "/strategy-meetings").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get(AUDITOR, escalation).getStatusCode()).isEqualTo(HttpStatus.OK);

        Predicate<ConsumerRecord<String, byte[]>> reads =
                r -> caseId.equals(r.key()) && TYPE.equals(KafkaTestRecords.header(r, "ce_type"));
        List<ConsumerRecord<String, byte[]>> published = KafkaTestRecords.read(Topics.POLICE_EVENTS, reads, 3, WAIT);
        assertThatThrownBy(() -> KafkaTestRecords.read(Topics.POLICE_EVENTS, reads, 4, Duration.ofSeconds(8)))
                .as("a fourth read event")
                .isInstanceOf(ConditionTimeoutException.class);

        List<JsonNode> events = published.stream().map(this::data).toList();
        assertThat(events)
                .extracting(e -> e.get("readerOrganisation").asText() + " "
                        + e.get("readerKind").asText() + " "
                        + e.get("readerRole").asText() + " " + e.get("record").asText())
                .containsExactlyInAnyOrder(
                        "WMP POLICE_FORCE POLICE_LIAISON ESCALATION",
                        "WMP POLICE_FORCE POLICE_LIAISON STRATEGY_MEETINGS",
                        "casebridge-audit AUDITOR AUDITOR ESCALATION");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("schoolUrn").asText()).isEqualTo(SchoolReferral.SCHOOL);
            assertThat(e.get("forceCode").asText()).isEqualTo("WMP");
            assertThat(e.get("readAt").asText()).isNotBlank();
        });
        assertThat(events)
                .filteredOn(e -> e.get("record").asText().equals("STRATEGY_MEETINGS"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("lawfulBasis").asText()).startsWith("UK_GDPR/PUBLIC_TASK"));
        assertThat(events)
                .filteredOn(e -> e.get("record").asText().equals("ESCALATION"))
                .allSatisfy(e -> assertThat(e.get("lawfulBasis").asText()).startsWith("DPA_2018_PART_3"));
        assertThat(published).allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(OFFICER.id()).doesNotContain(AUDITOR.id());
            assertThat(KafkaTestRecords.header(r, "ce_lawfulbasis")).isNotBlank();
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND what = 'escalation' AND actor_id = ?",
                        Integer.class,
                        caseId,
                        OFFICER.id()))
                .as("the force's own log keeps every read")
                .isGreaterThanOrEqualTo(4);
    }

    private JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
