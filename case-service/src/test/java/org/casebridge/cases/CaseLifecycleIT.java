package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.test.KafkaTestRecords.header;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebridge.cases.incident.query.CaseViewProjection;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A DSL's cases end to end over HTTP, on real PostgreSQL and a real Kafka broker. */
@CaseIntegrationTest
class CaseLifecycleIT extends CaseApiSteps {

    private static final Duration KAFKA_PATIENCE = Duration.ofSeconds(60);

    private static final String CHILD_1 = """
            {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14", "upn": "H801200001001"}""";
    private static final List<String> PERSONAL_DATA = List.of("Amira", "Hussain", "2012-03-14", "H801200001001");

    @Autowired
    EventProcessingConfiguration processing;

    private CaseApi api;

    @BeforeEach
    void setUp() {
        api = CaseApi.dsl(port);
    }

    @Test
    void aReferralReachesKafkaWithoutPersonalData() {
        String caseId = api.report(CHILD_1);
        assertThat(api.post(path(caseId, "/initial-review"), CaseApi.reviewJson(true))
                        .status())
                .isEqualTo(204);

        CaseApi.Response refused = api.post(
                path(caseId, "/handle-in-school"),
                "{\"rationale\": \"We think this is a consensual exchange between pupils.\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/referral-required");
        assertThat(refused.json().get("criteriaMet").toString()).contains("ADULT_INVOLVED");

        assertThat(api.post(path(caseId, "/referral"), """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "The sender is believed to be an adult aged 19."}""").status()).isEqualTo(204);

        ConsumerRecord<String, byte[]> record = KafkaTestRecords.first(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key()) && "org.casebridge.school.referral-made.v1".equals(header(r, "ce_type")),
                KAFKA_PATIENCE);
        String bytes = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(header(record, "ce_type")).isEqualTo("org.casebridge.school.referral-made.v1");
        assertThat(header(record, "ce_subject")).isEqualTo(caseId);
        assertThat(bytes)
                .contains(
                        "\"child-1\"", "\"child-2\"", "\"ADULT_INVOLVED\"", "\"E08000025\"", "\"WMP\"", "\"PICTURED\"");
        assertThat(bytes).doesNotContain(PERSONAL_DATA);
        assertThat(bytes).doesNotContain("adult aged 19", "Snapchat", "tutor");
        for (var h : record.headers()) {
            assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(PERSONAL_DATA);
        }
        List<byte[]> stored = jdbc.queryForList(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, caseId);
        assertThat(stored).isNotEmpty();
        stored.forEach(payload ->
                assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain(PERSONAL_DATA));
    }

    @Test
    void aDecisionOfAnotherForceOrFromAnotherSourceChangesNothingAndIsDeadLettered() throws Exception {
        String caseId = referredCase();
        publishPolice(
                UUID.randomUUID().toString(),
                new OutcomeAssignedEvent(caseId, "MPS", "OUTCOME_21", "21", Instant.now()));
        publishPolice(
                "/casebridge/elsewhere",
                UUID.randomUUID().toString(),
                new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", Instant.now()));
        publishPolice(UUID.randomUUID().toString(), new EscalationAcceptedEvent(caseId, "WMP", Instant.now()));

        List<String> reasons = IncomingEvents.parkedBecause(
                Topics.POLICE_EVENTS, record -> caseId.equals(record.key()), 2, Duration.ofSeconds(60));
        assertThat(reasons)
                .anySatisfy(reason -> assertThat(reason).contains("names a force case " + caseId + " was not sent to"));
        assertThat(reasons)
                .anySatisfy(reason -> assertThat(reason)
                        .contains(
                                "must come from /casebridge/police-liaison-service, not from '/casebridge/elsewhere'"));
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(api.get("/api/cases/" + caseId).json().get("policeDecisions"))
                                .hasSize(1));
        JsonNode detail = api.get("/api/cases/" + caseId).json();
        assertThat(detail.path("policeOutcome").asText("")).doesNotContain("Outcome 21");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%PoliceUpdateReceivedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void policeDecisionsComeBackOntoTheCaseOnce() throws Exception {
        String caseId = referredCase();
        String outcomeId = UUID.randomUUID().toString();
        publishPolice(UUID.randomUUID().toString(), new EscalationAcceptedEvent(caseId, "WMP", Instant.now()));
        OutcomeAssignedEvent outcome = new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", Instant.now());
        publishPolice(outcomeId, outcome);
        publishPolice(outcomeId, outcome);

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("policeOutcome").asText()).isEqualTo("OUTCOME_21");
            assertThat(detail.get("policeOutcomeWords").asText())
                    .isEqualTo("Outcome 21: further investigation not in the public interest (Home Office outcome code"
                            + " 21)");
            assertThat(detail.get("summary").get("awaitingPolice").asBoolean()).isFalse();
            assertThat(detail.get("policeDecisions")).hasSize(2);
        });
        List<JsonNode> police = new ArrayList<>();
        api.get(path(caseId, "/timeline")).json().get("entries").forEach(entry -> {
            if ("POLICE".equals(entry.get("actorRole").asText())) {
                police.add(entry);
            }
        });
        assertThat(police)
                .extracting(entry -> entry.get("actorOrganisation").asText())
                .containsOnly("WMP");
        assertThat(police)
                .extracting(entry -> entry.get("why").asText())
                .containsExactly(
                        "Referral accepted by WMP",
                        "Outcome 21: further investigation not in the public interest (Home Office outcome code 21)");

        assertThat(api.post(path(caseId, "/parents"), CaseApi.parentsInformedJson("child-1"))
                        .status())
                .isEqualTo(204);
        assertThat(api.post(path(caseId, "/parents"), CaseApi.parentsInformedJson("child-2"))
                        .status())
                .isEqualTo(204);
        assertThat(api.post(
                                path(caseId, "/closure"),
                                "{\"outcomeSummary\": \"Police Outcome 21; support in place for both pupils.\"}")
                        .status())
                .isEqualTo(204);
    }

    @Test
    void anInitialReviewCancelsItsOwnCasesReviewDeadlineAndNoOtherCases() {
        String reviewed = api.report(CHILD_1);
        String waiting = api.report(CHILD_1);
        assertThat(pendingReviewDeadlines(reviewed)).isEqualTo(1);
        assertThat(pendingReviewDeadlines(waiting)).isEqualTo(1);

        assertThat(api.post(path(reviewed, "/initial-review"), CaseApi.reviewJson(false))
                        .status())
                .isEqualTo(204);

        assertThat(pendingReviewDeadlines(reviewed)).isZero();
        assertThat(pendingReviewDeadlines(waiting)).isEqualTo(1);
    }

    /** Axon's deadlines whose Java-serialised details name the case (its scope holds the case id). */
    private int pendingReviewDeadlines(String caseId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'
                AND position(convert_to(?, 'UTF8') IN task_data) > 0""", Integer.class, caseId);
    }

    @Test
    void aCaseHandledInSchoolRunsFromReportToClosure() {
        String caseId = api.report(null);
        assertThat(api.post(path(caseId, "/initial-review"), CaseApi.reviewJson(false))
                        .status())
                .isEqualTo(204);
        assertThat(api.post(path(caseId, "/handle-in-school"), "{\"rationale\": \"\"}")
                        .json()
                        .get("type")
                        .asText())
                .endsWith("/rationale-required");
        assertThat(api.post(path(caseId, "/handle-in-school"), """
                {"rationale": "No criterion met: a consensual exchange between two pupils, not forwarded."}""").status()).isEqualTo(204);
        assertThat(api.post(path(caseId, "/devices"), """
                {"deviceRef": "device-1", "description": "Phone", "ownerChildRef": "child-2",
                 "confiscatedBy": "B. Jones", "storedWhere": "Head's safe"}""").status()).isEqualTo(204);
        CaseApi.Response staffDeletion = api.post(
                path(caseId, "/devices/device-1/deletion"),
                "{\"rationale\": \"Deleted under school powers with child-2 present.\"}");
        assertThat(staffDeletion.status())
                .as("staff delete only what the police leave them")
                .isEqualTo(409);
        assertThat(staffDeletion.json().get("type").asText()).endsWith("/deletion-not-left-to-school");
        assertThat(api.post(path(caseId, "/children/child-2/own-deletion"), """
                {"confirmation": "child-2 deleted it in front of the DSL, including recently deleted."}""").status())
                .isEqualTo(204);
        assertThat(api.post(path(caseId, "/devices/device-1/return"), "{\"returnedTo\": \"child-2\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post(path(caseId, "/parents"), CaseApi.parentsInformedJson("child-1"))
                        .status())
                .isEqualTo(204);

        CaseApi.Response early = api.post(
                path(caseId, "/closure"),
                "{\"outcomeSummary\": \"Support in place, images deleted, families informed.\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("type").asText()).endsWith("/parents-decision-required");

        assertThat(api.post(path(caseId, "/parents"), """
                {"childRef": "child-2", "informed": false,
                 "reasonNotInformed": "Informing the father would put child-2 at risk at home."}""").status()).isEqualTo(204);
        assertThat(api.post(path(caseId, "/support"), """
                {"childRef": "child-1", "supportType": "REPORT_REMOVE_SIGNPOSTED",
                 "description": "Shown how to use Report Remove"}""").status()).isEqualTo(204);
        assertThat(api.post(
                                path(caseId, "/closure"),
                                "{\"outcomeSummary\": \"Support in place, images deleted, families informed.\"}")
                        .status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(api.get("/api/cases?filter=CLOSED").json().findValuesAsText("caseId"))
                    .contains(caseId);
            JsonNode timeline = api.get(path(caseId, "/timeline")).json().get("entries");
            assertThat(timeline).hasSize(10);
            assertThat(timeline.get(2).get("why").asText()).startsWith("No criterion met");
            assertThat(timeline.get(2).get("actorId").asText()).isEqualTo("dsl-" + CaseApi.URN);
        });
        assertThat(api.get("/api/cases?filter=OPEN").json().findValuesAsText("caseId"))
                .doesNotContain(caseId);
        assertThat(api.post(path(caseId, "/support"), """
                {"childRef": "child-1", "supportType": "PASTORAL", "description": "Check-in"}""").status()).isEqualTo(409);
    }

    @Test
    void laterEscalationsAndTheClosureArePublishedInOrderWithoutFreeText() {
        String caseId = api.report(CHILD_1);
        api.post(path(caseId, "/initial-review"), CaseApi.reviewJson(false));
        assertThat(api.post(path(caseId, "/handle-in-school"), """
                {"rationale": "No criterion met: a consensual exchange between two pupils, not forwarded."}""").status()).isEqualTo(204);
        assertThat(api.post(path(caseId, "/escalations"), """
                {"referredTo": ["POLICE"], "criteriaNowMet": ["ADULT_INVOLVED"],
                 "newInformation": "Zxq an adult stranger has since contacted child-1."}""").status()).isEqualTo(204);
        assertThat(api.post(path(caseId, "/escalations"), """
                {"referredTo": ["CHILDRENS_SOCIAL_CARE"],
                 "newInformation": "Zxq child-1 says she is frightened to go home."}""").status()).isEqualTo(204);
        for (String child : List.of("child-1", "child-2")) {
            api.post(path(caseId, "/parents"), CaseApi.parentsInformedJson(child));
        }
        assertThat(api.post(path(caseId, "/closure"), """
                {"outcomeSummary": "Zxq support in place",
                 "policeOutcomeNotAwaitedReason": "Zxq police confirmed by phone there will be no further action."}""").status()).isEqualTo(204);

        List<ConsumerRecord<String, byte[]>> records =
                KafkaTestRecords.read(Topics.SCHOOL_EVENTS, r -> caseId.equals(r.key()), 8, KAFKA_PATIENCE);
        assertThat(records)
                .extracting(record -> header(record, "ce_type"))
                .containsExactly(
                        "org.casebridge.school.incident-reported.v1",
                        "org.casebridge.school.initial-review-clock-result.v1",
                        "org.casebridge.school.referral-made.v1",
                        "org.casebridge.school.case-referenced.v1",
                        "org.casebridge.school.escalation-made.v1",
                        "org.casebridge.school.case-referenced.v1",
                        "org.casebridge.school.case-closed.v1",
                        "org.casebridge.school.case-closed.v2");
        records.forEach(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain("Zxq")
                .doesNotContain(PERSONAL_DATA));
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                .contains("\"localAuthorityCode\":\"E08000025\"")
                .doesNotContain("child-1", "caseReference");
        assertThat(new String(records.get(1).value(), StandardCharsets.UTF_8))
                .contains("\"result\":\"MET\"", "\"localAuthorityCode\":\"E08000025\"");
        assertThat(new String(records.get(6).value(), StandardCharsets.UTF_8))
                .contains("\"closedWithoutPoliceOutcome\":true", "\"route\":\"REFERRED\"");
        assertThat(new String(records.get(7).value(), StandardCharsets.UTF_8))
                .contains(
                        "\"closedWithoutPoliceOutcome\":true",
                        "\"route\":\"REFERRED\"",
                        "\"localAuthorityCode\":\"E08000025\"");
        assertThat(new String(records.get(3).value(), StandardCharsets.UTF_8))
                .containsPattern("\"caseReference\":\"[A-Z0-9]{2,8}-20[0-9]{2}-[0-9]{4,}\"");
    }

    @Test
    void aSchoolSeesOnlyItsOwnCases() {
        String caseId = api.report(CHILD_1);
        CaseApi otherSchool = api.as(CaseApi.OTHER_URN, "SCHOOL_DSL");
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> api.get("/api/cases/" + caseId).status() == 200);

        assertThat(otherSchool.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(otherSchool.get(path(caseId, "/timeline")).status()).isEqualTo(404);
        assertThat(otherSchool
                        .get(path(caseId, "/children/child-1/personal-details"))
                        .status())
                .isEqualTo(404);
        assertThat(otherSchool
                        .post(path(caseId, "/initial-review"), CaseApi.reviewJson(false))
                        .status())
                .isEqualTo(404);
        assertThat(otherSchool.get("/api/cases").json().findValuesAsText("caseId"))
                .doesNotContain(caseId);
        assertThat(api.get("/api/cases/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.post(path(UUID.randomUUID().toString(), "/initial-review"), CaseApi.reviewJson(false))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDslSeesWhoReadTheirSchoolsCaseAndNoOtherSchoolDoes() {
        String caseId = api.report(CHILD_1);
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> api.get("/api/cases/" + caseId).status() == 200);

        CaseApi.Response log = api.get("/api/access-log?caseId=" + caseId);

        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().findValuesAsText("what")).contains("case");
        assertThat(log.json().findValuesAsText("actorOrganisation")).containsOnly(CaseApi.URN);
        assertThat(api.as(CaseApi.OTHER_URN, "SCHOOL_DSL")
                        .get("/api/access-log?caseId=" + caseId)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/access-log").status())
                .as("only auditors list every read")
                .isEqualTo(404);
        assertThat(api.as(CaseApi.URN, "AUDITOR")
                        .get("/api/access-log?caseId=" + caseId)
                        .status())
                .as("the school's own auditor reads who read its case")
                .isEqualTo(200);
        assertThat(api.as(CaseApi.OTHER_URN, "AUDITOR")
                        .get("/api/access-log?caseId=" + caseId)
                        .status())
                .as("another school's auditor reads nothing of this school's")
                .isEqualTo(404);
        assertThat(api.as(CaseApi.OTHER_URN, "AUDITOR").get("/api/access-log").status())
                .as("nor every read")
                .isEqualTo(404);
        assertThat(api.as("casebridge-audit", "AUDITOR").get("/api/access-log").status())
                .as("the platform's information governance lists every read")
                .isEqualTo(200);
    }

    @Test
    void personalDetailsAreReadableUntilTheCaseKeyIsDestroyed() {
        String caseId = api.report(CHILD_1);
        JsonNode details =
                api.get(path(caseId, "/children/child-1/personal-details")).json();
        assertThat(details.get("familyName").asText()).isEqualTo("Hussain");
        assertThat(details.get("upn").asText()).isEqualTo("H801200001001");
        assertThat(jdbc.queryForList(
                        "SELECT actor_id FROM access_log WHERE case_id = ? AND what = ?",
                        String.class,
                        caseId,
                        "child-personal-details"))
                .containsExactly("dsl-" + CaseApi.URN);
        byte[] ciphertext = jdbc.queryForObject(
                "SELECT ciphertext FROM child_personal_details WHERE case_id = ?::uuid", byte[].class, caseId);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain(PERSONAL_DATA);
        assertThat(jdbc.queryForObject(
                        "SELECT length(key_material) FROM case_key WHERE case_id = ?::uuid", Integer.class, caseId))
                .as("nonce, AES-256 key wrapped by the master key, tag")
                .isEqualTo(12 + 32 + 16);

        assertThat(api.post(
                                path(caseId, "/personal-details/erasure"),
                                "{\"reason\": \"Subject access and erasure request upheld by the school's DPO.\"}")
                        .status())
                .isEqualTo(204);

        assertThat(api.get(path(caseId, "/children/child-1/personal-details")).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM child_personal_details WHERE case_id = ?::uuid", Integer.class, caseId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT key_material FROM case_key WHERE case_id = ?::uuid", byte[].class, caseId))
                .isNull();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE '%PersonalDetailsErasedEvent'""", Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void imageryAndMalformedInputAreRefusedAndNothingIsStored() {
        long before = eventCount();
        assertThat(api.post("/api/cases", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                        .status())
                .isEqualTo(415);
        assertThat(api.post(
                                "/api/cases",
                                CaseApi.reportJson(null)
                                        .replace(
                                                "Described by the child; not viewed",
                                                "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"))
                        .status())
                .isEqualTo(422);
        CaseApi.Response invalid =
                api.post("/api/cases", CaseApi.reportJson(null).replace("\"age\": 14", "\"age\": 19"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("children[0].age");
        assertThat(api.post("/api/cases", "{\"children\": [").status()).isEqualTo(400);
        assertThat(api.as(CaseApi.URN, "AUDITOR")
                        .post("/api/cases", CaseApi.reportJson(null))
                        .status())
                .isEqualTo(403);
        assertThat(api.as("999999", "SCHOOL_DSL")
                        .post("/api/cases", CaseApi.reportJson(null))
                        .status())
                .isEqualTo(422);
        assertThat(api.get("/api/cases/not-a-case").status()).isEqualTo(400);
        assertThat(api.get("/api/cases?filter=SOMETIMES").status()).isEqualTo(400);
        assertThat(api.as(CaseApi.URN, "AUDITOR")
                        .get(path(UUID.randomUUID().toString(), "/children/child-1/personal-details"))
                        .status())
                .isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_key WHERE school_urn = '999999'", Integer.class))
                .isZero();
    }

    @Test
    void theApiIsDocumentedWithoutTheActorAsABodyOrQueryParameter() {
        JsonNode document = api.get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        assertThat(paths.has("/api/cases")).isTrue();
        assertThat(paths.has("/api/cases/{caseId}/handle-in-school")).isTrue();
        assertThat(paths.has("/api/cases/{caseId}/children/{childRef}/personal-details"))
                .isTrue();
        assertThat(paths.get("/api/cases").get("get").get("parameters").findValuesAsText("name"))
                .doesNotContain("actor");
        assertThat(document.get("components")
                        .get("schemas")
                        .get("ReportIncident")
                        .toString())
                .contains("DISCLOSURE_BY_CHILD_INVOLVED");
    }

    @Test
    void theProjectionsRebuildToTheSameCaseFromTheEventStore() {
        String caseId = referredCase();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() ->
                        api.get(path(caseId, "/timeline")).json().get("entries").size() == 3);
        String timeline = api.get(path(caseId, "/timeline")).body();
        String detail = api.get("/api/cases/" + caseId).body();

        StreamingEventProcessor processor = processing
                .eventProcessor(CaseViewProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_timeline WHERE case_id = ?::uuid", Integer.class, caseId))
                .isZero();
        processor.start();

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(api.get(path(caseId, "/timeline")).body()).isEqualTo(timeline);
            assertThat(api.get("/api/cases/" + caseId).body()).isEqualTo(detail);
        });
    }

    private String referredCase() {
        String caseId = api.report(CHILD_1);
        api.post(path(caseId, "/initial-review"), CaseApi.reviewJson(true));
        CaseApi.Response referred = api.post(path(caseId, "/referral"), """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult aged 19."}""");
        assertThat(referred.status()).isEqualTo(204);
        return caseId;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private void publishPolice(String eventId, PoliceEvent event) throws Exception {
        publishPolice(Topics.POLICE_SOURCE, eventId, event);
    }

    private void publishPolice(String source, String eventId, PoliceEvent event) throws Exception {
        new IncomingEvents(codec).send(Topics.POLICE_EVENTS, source, eventId, event);
    }

    private static String path(String caseId, String suffix) {
        return "/api/cases/" + caseId + suffix;
    }
}
