package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.events.police.CrimeChildRoleChangedEvent;
import org.casebridge.events.police.CrimeReclassifiedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEventV2;
import org.casebridge.events.police.DisclosureStatementGivenEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationRoundOpenedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each school-side state the domain review (section 4) found reachable and the guidance forbids, walked through HTTP
 * with the police's decisions arriving on real Kafka: each is refused with the problem naming the rule, and what the
 * guidance allows instead goes through.
 */
@CaseIntegrationTest
class SchoolRulesIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DEVICE = """
            {"deviceRef": "%s", "description": "Phone", "ownerChildRef": "%s",
             "confiscatedBy": "B. Jones", "storedWhere": "Head's safe"}""";
    private static final String DELETION = "{\"rationale\": \"Deleted under school powers with the child present.\"}";
    private static final String OWN_DELETION =
            "{\"confirmation\": \"Deleted in front of the DSL, recently deleted too.\"}";
    private static final String EXAMINATION =
            "{\"goodReason\": \"To find out whether the image was sent on further.\"}";
    private static final String VIEWING = """
            {"viewedAt": "2026-01-10T12:00:00Z", "headteacherConsulted": true,
             "witnessName": "C. Patel, deputy head", "witnessDidNotView": true, "onSchoolPremises": true,
             "reason": "Needed to establish whether a sexual act was shown", "whatFollowed": "Referred"}""";
    private static final String ERASURE = "{\"reason\": \"Subject access and erasure request upheld by the DPO.\"}";

    private CaseApi api;

    @BeforeEach
    void setUp() {
        api = CaseApi.dsl(port);
    }

    @Test
    void nothingIsDoneToTheImageryBeforeTheInitialReview() {
        String caseId = api.report(null);
        ok(caseId, "/devices", DEVICE.formatted("device-1", "child-2"));
        refused(caseId, "/devices/device-1/deletion", DELETION, 409, "initial-review-required");
        refused(caseId, "/children/child-2/own-deletion", OWN_DELETION, 409, "initial-review-required");
        refused(caseId, "/devices/device-1/examination", EXAMINATION, 409, "initial-review-required");
        refused(caseId, "/viewings", VIEWING, 409, "initial-review-required");
        refused(caseId, "/devices/device-1/return", "{\"returnedTo\": \"child-2\"}", 409, "initial-review-required");
    }

    @Test
    void aCriterionMetHoldsTheImageryEvenWhenOnlySocialCareWasTold() {
        String caseId = api.report(null);
        ok(caseId, "/initial-review", reviewWith("COERCION_OR_GROOMING_OR_CAPACITY"));
        ok(caseId, "/referral", "{\"referredTo\": [\"CHILDRENS_SOCIAL_CARE\"]}");
        ok(caseId, "/devices", DEVICE.formatted("device-1", "child-2"));
        JsonNode problem = refused(caseId, "/devices/device-1/deletion", DELETION, 409, "imagery-held-criterion-met");
        assertThat(problem.get("criteriaMet").toString()).contains("COERCION_OR_GROOMING_OR_CAPACITY");
        refused(caseId, "/children/child-2/own-deletion", OWN_DELETION, 409, "imagery-held-criterion-met");
        refused(caseId, "/devices/device-1/examination", EXAMINATION, 409, "imagery-held-criterion-met");
        refused(caseId, "/viewings", VIEWING, 409, "imagery-held-criterion-met");
        refused(
                caseId,
                "/devices/device-1/handover",
                "{\"handedTo\": \"PC 4411\", \"handedOverAt\": \"2026-01-10T16:00:00Z\", \"exhibitRef\": \"EX/1\"}",
                409,
                "not-referred-to-police");
    }

    @Test
    void thePoliceLeaveOneDeviceToTheSchoolAndAReEscalationTakesItBack() throws Exception {
        String caseId = referredCase();
        ok(caseId, "/devices", DEVICE.formatted("device-1", "child-2"));
        ok(caseId, "/devices", DEVICE.formatted("device-2", "child-1"));
        refused(caseId, "/devices/device-1/deletion", DELETION, 409, "deletion-while-referred");
        refused(caseId, "/viewings", VIEWING, 409, "deletion-while-referred");

        publish(new DeviceDecisionRecordedEvent(caseId, "WMP", "d-1", "NOT_SEIZED", true, null, null, Instant.now()));
        publish(new DeviceDecisionRecordedEventV2(
                caseId, "WMP", "d-1", "device-1", "NOT_SEIZED", true, null, null, Instant.now()));
        awaitPoliceDecisions(caseId, 1);

        refused(caseId, "/devices/device-2/deletion", DELETION, 409, "deletion-while-referred");
        refused(caseId, "/children/child-1/own-deletion", OWN_DELETION, 409, "deletion-while-referred");
        ok(caseId, "/devices/device-1/examination", EXAMINATION);

        ok(caseId, "/escalations", """
                {"referredTo": ["POLICE"], "newInformation": "The adult contacted child-1 again on Saturday night."}""");
        refused(caseId, "/devices/device-1/deletion", DELETION, 409, "deletion-while-referred");

        publish(new DeviceDecisionRecordedEventV2(
                caseId, "WMP", "d-1", "device-1", "NOT_SEIZED", true, null, null, Instant.now()));
        awaitPoliceDecisions(caseId, 2);
        ok(caseId, "/devices/device-1/deletion", DELETION);
        ok(caseId, "/children/child-2/own-deletion", OWN_DELETION);
    }

    @Test
    void theSchoolSeesThePolicesAnswerToEachRoundAndADeclineEndsTheWait() throws Exception {
        String caseId = referredCase();
        for (String child : List.of("child-1", "child-2")) {
            ok(caseId, "/parents", CaseApi.parentsInformedJson(child));
        }
        publish(new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", Instant.now()));
        ok(caseId, "/escalations", """
                {"referredTo": ["POLICE"], "criteriaNowMet": ["IMMEDIATE_RISK_OF_HARM"],
                 "newInformation": "child-1 told her tutor she has thought of harming herself."}""");
        publish(new EscalationRoundOpenedEvent(caseId, "WMP", 2, List.of("IMMEDIATE_RISK_OF_HARM"), Instant.now()));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("policeRound").asInt()).isEqualTo(2);
            assertThat(detail.get("policeRoundAnswer").asText()).isEqualTo("OPEN");
            assertThat(detail.get("summary").get("awaitingPolice").asBoolean()).isTrue();
        });
        refused(
                caseId,
                "/closure",
                "{\"outcomeSummary\": \"Support in place, images deleted, families informed.\"}",
                422,
                "police-outcome-required");

        publish(new EscalationDeclinedEvent(caseId, "WMP", Instant.now()));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("policeRoundAnswer").asText()).isEqualTo("DECLINED");
            assertThat(detail.get("summary").get("awaitingPolice").asBoolean()).isFalse();
        });
        ok(caseId, "/closure", "{\"outcomeSummary\": \"Police declined the new round; CSC leads the support.\"}");
    }

    @Test
    void identitiesAreNotErasedWhileThePoliceOrALegalHoldNeedThem() throws Exception {
        String caseId = referredCase();
        JsonNode problem = refused(caseId, "/personal-details/erasure", ERASURE, 409, "erasure-blocked");
        assertThat(problem.get("blockedBy").toString()).contains("POLICE_REFERRAL");

        publish(new EscalationAcceptedEvent(caseId, "WMP", Instant.now()));
        publish(new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", Instant.now()));
        awaitPoliceDecisions(caseId, 2);
        ok(caseId, "/legal-hold", "{\"reason\": \"Solicitor's letter: a civil claim about this is expected.\"}");
        refused(
                caseId,
                "/legal-hold",
                "{\"reason\": \"Solicitor's letter: a second claim is expected.\"}",
                409,
                "legal-hold-already-set");
        problem = refused(caseId, "/personal-details/erasure", ERASURE, 409, "erasure-blocked");
        assertThat(problem.get("blockedBy").toString()).contains("LEGAL_HOLD").doesNotContain("POLICE_REFERRAL");
        ok(caseId, "/legal-hold/lifting", "{\"reason\": \"The family's solicitor withdrew the claim in writing.\"}");
        ok(caseId, "/personal-details/erasure", ERASURE);
    }

    @Test
    void aCaseIsNotClosedWhileAStrategyActionTheSchoolOwnsIsOpen() throws Exception {
        String caseId = referredCase();
        for (String child : List.of("child-1", "child-2")) {
            ok(caseId, "/parents", CaseApi.parentsInformedJson(child));
        }
        publish(new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", Instant.now()));
        publish(new StrategyActionAssignedEventV2(
                caseId,
                "WMP",
                "meeting-1",
                "action-1",
                "SAFETY_PLAN",
                "SCHOOL",
                CaseApi.URN,
                Instant.now().plus(Duration.ofDays(3)),
                Instant.now()));
        awaitPoliceDecisions(caseId, 2);
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(
                                api.get("/api/cases/" + caseId + "/agencies").body())
                        .contains("action-1"));
        String closure = "{\"outcomeSummary\": \"Support in place, images deleted, families informed.\"}";
        JsonNode problem = refused(caseId, "/closure", closure, 409, "school-actions-open");
        assertThat(problem.get("openActions").toString()).contains("action-1");
        problem = refused(caseId, "/personal-details/erasure", ERASURE, 409, "erasure-blocked");
        assertThat(problem.get("blockedBy").toString()).contains("OPEN_ACTION").doesNotContain("POLICE_REFERRAL");

        CaseApi.Response done = api.post("/api/cases/" + caseId + "/strategy-actions/action-1/completion", "");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> ok(caseId, "/closure", closure));
    }

    @Test
    void aPicturedTwelveYearOldInSexualActImageryCannotBeReviewedAsNoCriterion() {
        CaseApi.Response created = api.post("/api/cases", """
                {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
                 "imagery": ["SEXUAL_ACT"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
                 "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
                 "children": [{"ref": "child-1", "age": 12, "yearGroup": "Year 7", "roles": ["PICTURED"]}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        JsonNode problem =
                refused(caseId, "/initial-review", CaseApi.reviewJson(false), 422, "criterion-contradicts-report");
        assertThat(problem.get("criterion").asText()).isEqualTo("UNDER_13_SEXUAL_ACTS");
        assertThat(problem.get("fact").asText()).contains("child-1, aged 12, is pictured");
        refused(
                caseId,
                "/handle-in-school",
                "{\"rationale\": \"No criterion met: a consensual exchange.\"}",
                409,
                "initial-review-required");
    }

    @Test
    void aChildFoundLaterAndACorrectionAreOnRecordWithTheOldValues() {
        String caseId = api.report(null);
        ok(caseId, "/children", """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"],
                           "personalDetails": {"givenName": "Sam", "familyName": "Okoro",
                                               "dateOfBirth": "2013-05-02"}},
                 "reason": "child-3 came forward on Monday and named child-1 as the sender."}""");
        refused(caseId, "/children", """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"]},
                 "reason": "child-3 came forward on Monday and named child-1 as the sender."}""", 422, "children-invalid");
        ok(caseId, "/children/child-1/amendments", """
                {"age": 13, "yearGroup": "Year 8", "reason": "Date of birth checked with the admissions record."}""");
        refused(
                caseId,
                "/children/child-1/amendments",
                "{\"age\": 13, \"reason\": \"no reason\"}",
                422,
                "rationale-required");

        assertThat(api.get("/api/cases/" + caseId + "/children/child-3/personal-details", "Checking the new child")
                        .json()
                        .get("familyName")
                        .asText())
                .isEqualTo("Okoro");
        assertThat(jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                        String.class,
                        caseId))
                .noneMatch(payload -> payload.contains("Okoro"));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("childrenInvolved").findValuesAsText("ref")).contains("child-3");
            assertThat(api.get("/api/cases/" + caseId + "/timeline").body())
                    .contains("child-1 corrected from child-1 aged 14, Year 9", "to child-1 aged 13, Year 8")
                    .contains("Date of birth checked with the admissions record.");
        });
    }

    @Test
    void amendmentsReachTheOtherSideAsCodesAndRefsWithoutTheReason() throws Exception {
        String caseId = referredCase();
        ok(caseId, "/children/child-1/amendments", """
                {"age": 13, "yearGroup": "Year 8", "reason": "Zxq date of birth checked with the admissions record."}""");
        ConsumerRecord<String, byte[]> amended = KafkaTestRecords.first(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key())
                        && "org.casebridge.school.child-amended.v1".equals(KafkaTestRecords.header(r, "ce_type")),
                PATIENCE);
        JsonNode published = new ObjectMapper().readTree(new String(amended.value(), StandardCharsets.UTF_8));
        assertThat(published.get("before").get("age").asInt()).isEqualTo(14);
        assertThat(published.get("after").get("age").asInt()).isEqualTo(13);
        assertThat(published.toString()).doesNotContain("Zxq");
        assertThat(KafkaTestRecords.header(amended, "ce_lawfulbasis")).isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");

        publish(new CrimeReclassifiedEvent(caseId, "WMP", "86/02", "86/10", Instant.now()));
        publish(new CrimeChildRoleChangedEvent(caseId, "WMP", "child-2", "PERSON_INVOLVED", "SUSPECT", Instant.now()));
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(
                                api.get("/api/cases/" + caseId + "/timeline").body())
                        .contains(
                                "Crime reclassified by WMP from taking, making or distributing indecent images of children (86/02)"
                                        + " to possession of indecent images of children (86/10)",
                                "Crime record: child-2 is now suspect (was person involved)"));
    }

    @Test
    void theSchoolSeesThatThePoliceGaveTheDisclosureStatement() throws Exception {
        String caseId = referredCase();
        publish(new DisclosureStatementGivenEvent(
                caseId, "WMP", "NPCC-2016-1", List.of("SCHOOL", "PARENTS"), Instant.now()));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("disclosureStatementGivenAt").isNull()).isFalse();
            assertThat(detail.get("policeDecisions").toString())
                    .contains(
                            "Standard disclosure statement (version NPCC-2016-1) given to the school and the parents");
        });
    }

    private String referredCase() {
        String caseId = api.report(null);
        ok(caseId, "/initial-review", CaseApi.reviewJson(true));
        ok(caseId, "/referral", "{\"referredTo\": [\"POLICE\"]}");
        return caseId;
    }

    private static String reviewWith(String criterion) {
        return CaseApi.reviewJson(false).replace("\"" + criterion + "\": false", "\"" + criterion + "\": true");
    }

    private void ok(String caseId, String action, String body) {
        CaseApi.Response response = api.post("/api/cases/" + caseId + action, body);
        assertThat(response.status()).as(action + " " + response.body()).isEqualTo(204);
    }

    private JsonNode refused(String caseId, String action, String body, int status, String rule) {
        long events = events(caseId);
        CaseApi.Response response = api.post("/api/cases/" + caseId + action, body);
        assertThat(response.status()).as(action + " " + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).as(action).endsWith("/" + rule);
        assertThat(events(caseId))
                .as("a refused " + action + " changes nothing")
                .isEqualTo(events);
        return response.json();
    }

    private long events(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, caseId);
    }

    private void awaitPoliceDecisions(String caseId, int count) {
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                        + " AND payload_type LIKE '%PoliceUpdateReceivedEvent'",
                                Integer.class, caseId))
                        .isGreaterThanOrEqualTo(count));
    }

    private void publish(PoliceEvent event) throws Exception {
        new IncomingEvents(codec).fromPolice(event);
    }
}
