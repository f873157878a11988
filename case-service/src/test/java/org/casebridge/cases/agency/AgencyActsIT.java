package org.casebridge.cases.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.IncomingEvents;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.ReferralAcknowledgedEvent;
import org.casebridge.events.agency.ReferralAcknowledgementOverdueEvent;
import org.casebridge.events.agency.ReferralNotRoutedEvent;
import org.casebridge.events.agency.ReferralReceivedByAgencyEvent;
import org.casebridge.events.agency.Section47EnquiriesStartedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Children's social care's acts and the school's strategy actions on the school's case (ADR 0022), from the real
 * topics: the acknowledgement clock and its overdue flag, section 47, a referral that reached no agency, and the DSL
 * marking the school's own action done, published for the police, whose completion comes back; marking it done again
 * answers 204 again and records nothing (ADR 0090).
 */
@CaseIntegrationTest
class AgencyActsIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private CaseApi dsl;

    @BeforeEach
    void setUp() {
        dsl = CaseApi.dsl(port);
    }

    private String referredCase() {
        String caseId = dsl.report(null);
        dsl.post("/api/cases/" + caseId + "/initial-review", CaseApi.reviewJson(true));
        assertThat(dsl.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "The sender is believed to be an adult aged 19."}""").status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> dsl.get("/api/cases/" + caseId).status() == 200);
        return caseId;
    }

    private void publish(String topic, String source, IntegrationEvent event) throws Exception {
        new IncomingEvents(codec).send(topic, source, event);
    }

    private void agency(IntegrationEvent event) throws Exception {
        publish(AgencyTopic.AGENCY_EVENTS, AgencyTopic.AGENCY_SOURCE, event);
    }

    @Test
    void socialCaresAcknowledgementClockAndSection47ShowOnTheCase() throws Exception {
        String caseId = referredCase();
        Instant referred = Instant.now().minus(Duration.ofDays(2));
        Instant due = Instant.now().minus(Duration.ofDays(1));
        agency(new ReferralReceivedByAgencyEvent(caseId, CaseApi.URN, "csc-birmingham", "E08000025", referred, due));
        agency(new ReferralAcknowledgementOverdueEvent(caseId, CaseApi.URN, "csc-birmingham", due, Instant.now()));

        JsonNode overdue = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId + "/agencies").json(),
                        acts -> acts.get("timeline").size() == 2);
        assertThat(overdue.get("acknowledgementOverdue").asBoolean()).isTrue();
        assertThat(overdue.get("socialCare").get(0).get("agencyId").asText()).isEqualTo("csc-birmingham");
        assertThat(overdue.get("timeline").get(1).get("summary").asText()).startsWith("Acknowledgement overdue");

        agency(new ReferralAcknowledgedEvent(caseId, CaseApi.URN, "csc-birmingham", Instant.now(), true));
        agency(new Section47EnquiriesStartedEvent(caseId, CaseApi.URN, "csc-birmingham", Instant.now()));
        JsonNode later = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId + "/agencies").json(),
                        acts -> acts.get("timeline").size() == 4);
        assertThat(later.get("socialCare").get(0).has("acknowledgedAt")).isTrue();
        assertThat(later.get("socialCare").get(0).has("section47StartedAt")).isTrue();
        assertThat(later.get("acknowledgementOverdue").asBoolean())
                .as("an acknowledgement after the clock ran out stays flagged")
                .isTrue();
        assertThat(later.get("timeline").findValuesAsText("summary"))
                .as("the timeline names the agency by its kind and area, and times as people write them")
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain("csc-birmingham")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T"))
                .contains(
                        "Children's social care in Birmingham acknowledged the referral (after it was due)",
                        "Children's social care in Birmingham started section 47 enquiries");

        CaseApi otherSchool = new CaseApi(port, CaseApi.OTHER_URN, "SCHOOL_DSL");
        assertThat(otherSchool.get("/api/cases/" + caseId + "/agencies").status())
                .isEqualTo(404);
        assertThat(new CaseApi(port, "csc-birmingham", "AGENCY")
                        .get("/api/cases/" + caseId + "/agencies")
                        .status())
                .isEqualTo(404);
        assertThat(new CaseApi(port, CaseApi.URN, "AUDITOR")
                        .get("/api/cases/" + caseId + "/agencies")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aReferralThatReachedNoAgencyIsShownAsSuch() throws Exception {
        String caseId = referredCase();
        agency(new ReferralNotRoutedEvent(caseId, CaseApi.URN, "E08000025", Instant.now()));
        JsonNode acts = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId + "/agencies").json(),
                        a -> a.get("socialCare").size() == 1);
        assertThat(acts.get("socialCare").get(0).get("routed").asBoolean()).isFalse();
        assertThat(acts.get("timeline").get(0).get("summary").asText())
                .contains("reached no agency", "MASH", "names none for Birmingham")
                .doesNotContain("E08000025");
    }

    @Test
    void theDslMarksTheSchoolsOwnActionDoneAndThePoliceCompleteIt() throws Exception {
        String caseId = referredCase();
        Instant due = Instant.now().plus(Duration.ofDays(5));
        publish(
                Topics.POLICE_EVENTS,
                Topics.POLICE_SOURCE,
                new StrategyActionAssignedEvent(
                        caseId, "WMP", "meeting-1", "action-s1", "SCHOOL", CaseApi.URN, due, Instant.now()));
        publish(
                Topics.POLICE_EVENTS,
                Topics.POLICE_SOURCE,
                new StrategyActionAssignedEventV2(
                        caseId,
                        "WMP",
                        "meeting-1",
                        "action-s1",
                        "SAFETY_PLAN",
                        "SCHOOL",
                        CaseApi.URN,
                        due,
                        Instant.now()));
        publish(
                Topics.POLICE_EVENTS,
                Topics.POLICE_SOURCE,
                new StrategyActionAssignedEventV2(
                        caseId,
                        "WMP",
                        "meeting-1",
                        "action-c1",
                        "SECTION_47_ENQUIRY",
                        "CHILDRENS_SOCIAL_CARE",
                        "csc-birmingham",
                        due,
                        Instant.now()));
        JsonNode acts = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId + "/agencies").json(),
                        a -> a.get("strategyActions").size() == 1);
        JsonNode action = acts.get("strategyActions").get(0);
        assertThat(action.get("actionId").asText()).isEqualTo("action-s1");
        assertThat(action.get("ownerOrganisation").asText()).isEqualTo(CaseApi.URN);
        assertThat(action.has("dueBy")).isTrue();
        assertThat(action.get("actionType").asText()).isEqualTo("SAFETY_PLAN");
        assertThat(action.get("what").asText()).isEqualTo("Put a safety plan in place for the child");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                dsl.get("/api/cases/" + caseId + "/timeline").body())
                        .containsOnlyOnce("Strategy action: Put a safety plan in place for the child"));

        String completion = "/api/cases/" + caseId + "/strategy-actions/action-s1/completion";
        assertThat(new CaseApi(port, CaseApi.OTHER_URN, "SCHOOL_DSL")
                        .post(completion, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(new CaseApi(port, CaseApi.URN, "AUDITOR")
                        .post(completion, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(dsl.post("/api/cases/" + caseId + "/strategy-actions/action-c1/completion", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(dsl.post(completion, "{}").status()).isEqualTo(204);
        assertThat(markedDone(caseId)).isEqualTo(1);
        assertThat(dsl.post(completion, "{}").status()).isEqualTo(204);
        assertThat(markedDone(caseId)).isEqualTo(1);

        ConsumerRecord<String, byte[]> published = KafkaTestRecords.first(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key())
                        && "org.casebridge.school.strategy-action-completed.v1"
                                .equals(KafkaTestRecords.header(r, "ce_type")),
                PATIENCE);
        assertThat(new String(published.value(), StandardCharsets.UTF_8))
                .contains("\"action-s1\"", "\"meeting-1\"", "\"" + CaseApi.URN + "\"")
                .doesNotContain("dsl-");

        publish(
                Topics.POLICE_EVENTS,
                Topics.POLICE_SOURCE,
                new StrategyActionCompletedEvent(caseId, "WMP", "meeting-1", "action-s1", Instant.now()));
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> dsl.get("/api/cases/" + caseId + "/agencies")
                        .json()
                        .get("strategyActions")
                        .get(0)
                        .has("completedAt"));
    }

    private int markedDone(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier LIKE ?",
                Integer.class,
                "%SchoolActionMarkedDoneEvent",
                "%" + caseId + "%");
    }
}
