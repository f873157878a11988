package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.factor;
import static org.casebridge.police.it.PoliceRequests.noFactors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.school.CaseClosedEvent;
import org.casebridge.events.school.ChildAddedEvent;
import org.casebridge.events.school.ChildAmendedEvent;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The police side of issue 12 through HTTP and real Kafka: a school's re-escalation opens a new round whatever the
 * escalation's state, the school's closure shows on the escalation, and each forbidden police state of the domain
 * review (section 4) is refused with its problem.
 */
class PoliceRulesIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final String SCHOOL = "137001";
    static final Actor OFFICER = new Actor("pc-7101", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("ps-7102", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Duration WAIT = Duration.ofSeconds(60);
    static final List<ChildSummary> CHILDREN = SchoolReferral.ONE_SHARED_IT;

    void fromTheSchool(IntegrationEvent event) throws Exception {
        SchoolReferral.send(kafka, event);
    }

    String referred(List<String> criteria) throws Exception {
        return referred(SchoolReferral.policeOnlyTo(FORCE, criteria), OFFICER, WAIT);
    }

    void reEscalated(String caseId, List<String> criteria) throws Exception {
        fromTheSchool(new EscalationMadeEvent(
                caseId,
                SCHOOL,
                "E08000025",
                FORCE,
                List.of("POLICE"),
                criteria,
                CHILDREN,
                Instant.now().minus(1, ChronoUnit.MINUTES)));
    }

    String accepted(List<String> criteria) throws Exception {
        String caseId = referred(criteria);
        ok(api().post(OFFICER, base(caseId) + "/acceptance", null));
        return caseId;
    }

    static String base(String caseId) {
        return "/api/escalations/" + caseId;
    }

    void refused(ResponseEntity<String> response, int status, String problem) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(json.readTree(response.getBody()).get("type").asText())
                .isEqualTo("https://casebridge.org/problems/" + problem);
    }

    JsonNode detail(String caseId) throws Exception {
        return json.readTree(api().get(OFFICER, base(caseId)).getBody());
    }

    void assignOutcome21(String caseId) throws Exception {
        ok(api().post(OFFICER, base(caseId) + "/crime", crime()));
        ok(api().post(OFFICER, base(caseId) + "/aggravating-factors", noFactors()));
        ok(api().post(
                        OFFICER,
                        base(caseId) + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_21", "rationale", "Consensual exchange between peers")));
        ok(api().post(SUPERVISOR, base(caseId) + "/outcome-proposal/sign-off", null));
    }

    JsonNode published(String caseId, String type) throws Exception {
        ConsumerRecord<String, byte[]> record = KafkaTestRecords.first(
                Topics.POLICE_EVENTS,
                r -> caseId.equals(r.key()) && type.equals(KafkaTestRecords.header(r, "ce_type")),
                WAIT);
        return json.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void aReEscalationOfADeclinedEscalationIsNewInTheInboxWithWhatIsNew() throws Exception {
        String caseId = referred(List.of("UNDER_13_SEXUAL_ACTS"));
        ok(api().post(OFFICER, base(caseId) + "/decline", Map.of("reason", "No police role on what we know")));
        await().atMost(WAIT)
                .until(() -> "DECLINED".equals(detail(caseId).get("status").asText()));

        reEscalated(caseId, List.of("UNDER_13_SEXUAL_ACTS", "ADULT_INVOLVED"));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = detail(caseId);
            assertThat(detail.get("status").asText()).isEqualTo("NEW");
            assertThat(detail.get("round").get("round").asInt()).isEqualTo(2);
            assertThat(detail.get("round").get("criteriaNewlyMet").toString()).contains("ADULT_INVOLVED");
        });
        JsonNode inbox =
                json.readTree(api().get(OFFICER, "/api/escalations?status=new").getBody());
        assertThat(inbox.findValuesAsText("caseId")).contains(caseId);
        JsonNode round = published(caseId, "org.casebridge.police.escalation-round-opened.v1");
        assertThat(round.get("round").asInt()).isEqualTo(2);
        assertThat(round.get("criteriaNewlyMet").toString()).contains("ADULT_INVOLVED");
        ok(api().post(OFFICER, base(caseId) + "/acceptance", null));
        published(caseId, "org.casebridge.police.escalation-accepted.v1");
    }

    @Test
    void aReEscalationAfterTheOutcomeOpensANewRound() throws Exception {
        String caseId = accepted(List.of());
        assignOutcome21(caseId);
        await().atMost(WAIT)
                .until(() -> "ASSIGNED"
                        .equals(detail(caseId).path("outcome").path("status").asText()));

        reEscalated(caseId, List.of());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = detail(caseId);
            assertThat(detail.get("status").asText()).isEqualTo("NEW");
            assertThat(detail.get("round").get("previousOutcome").asText()).isEqualTo("OUTCOME_21");
        });
        assertThat(published(caseId, "org.casebridge.police.escalation-round-opened.v1")
                        .get("round")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aDeviceARoundWithdrewFromTheSchoolIsDecidedAgainOnceTheNewRoundIsAccepted() throws Exception {
        String caseId = accepted(List.of());
        String device = base(caseId) + "/devices/"
                + json.readTree(api().post(
                                        OFFICER,
                                        base(caseId) + "/devices",
                                        Map.of(
                                                "description",
                                                "Mobile phone",
                                                "schoolDeviceRef",
                                                "device-1",
                                                "seized",
                                                false,
                                                "notSeizedReason",
                                                "Victim's device",
                                                "schoolMayUseDeletionPowers",
                                                true))
                                .getBody())
                        .get("id")
                        .asText();
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(json.readTree(api().get(OFFICER, base(caseId) + "/devices")
                                        .getBody())
                                .at("/0/schoolMayUseDeletionPowers")
                                .asBoolean())
                        .isTrue());
        reEscalated(caseId, List.of("ADULT_INVOLVED"));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(json.readTree(api().get(OFFICER, base(caseId) + "/devices")
                                        .getBody())
                                .at("/0/schoolMayUseDeletionPowers")
                                .asBoolean())
                        .isFalse());
        Map<String, Object> again =
                Map.of("schoolMayUseDeletionPowers", true, "reason", "The new information gives no evidential need");
        refused(api().post(OFFICER, device + "/decision", again), 409, "escalation-not-accepted");

        ok(api().post(OFFICER, base(caseId) + "/acceptance", null));
        ok(api().post(OFFICER, device + "/decision", again));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode decided = json.readTree(
                            api().get(OFFICER, base(caseId) + "/devices").getBody())
                    .get(0);
            assertThat(decided.path("schoolMayUseDeletionPowers").asBoolean()).isTrue();
            assertThat(decided.has("schoolDeletionWithdrawnAt")).isFalse();
        });
        assertThat(KafkaTestRecords.read(
                                Topics.POLICE_EVENTS,
                                r -> caseId.equals(r.key())
                                        && "org.casebridge.police.device-decision-recorded.v2"
                                                .equals(KafkaTestRecords.header(r, "ce_type")),
                                3,
                                WAIT)
                        .stream()
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .toList())
                .as("left, withdrawn, left again: each naming the school's device")
                .allMatch(record -> record.contains("\"schoolDeviceRef\":\"device-1\""))
                .anyMatch(record -> record.contains("SCHOOL_DELETION_WITHDRAWN"));
    }

    @Test
    void theSchoolsClosureShowsOnTheEscalation() throws Exception {
        String caseId = accepted(List.of());
        fromTheSchool(new CaseClosedEvent(caseId, SCHOOL, "REFERRED", true, Instant.now()));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(detail(caseId)
                                .path("schoolClosure")
                                .path("closedWithoutPoliceOutcome")
                                .asBoolean())
                        .isTrue());
    }

    @Test
    void noDeviceOrMeetingOnAnEscalationTheForceHasNotAccepted() throws Exception {
        String caseId = referred(List.of());
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/devices",
                                Map.of("description", "Mobile phone", "seized", true, "exhibitReference", "EXH/1")),
                409,
                "escalation-not-accepted");
        ok(api().post(OFFICER, base(caseId) + "/decline", Map.of("reason", "No police role on what we know")));
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/strategy-meetings",
                                Map.of(
                                        "scheduledFor",
                                        Instant.now().plus(2, ChronoUnit.HOURS).toString(),
                                        "venue",
                                        "Video call",
                                        "invitees",
                                        List.of(Map.of(
                                                "type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell")))),
                409,
                "escalation-not-accepted");
    }

    @Test
    void noDeviceIsReturnedAfterPoliceDeletionNorDestroyedBeforeTheOutcome() throws Exception {
        String caseId = accepted(List.of());
        String seized = json.readTree(api().post(
                                OFFICER,
                                base(caseId) + "/devices",
                                Map.of(
                                        "description",
                                        "Mobile phone",
                                        "schoolDeviceRef",
                                        "device-1",
                                        "seized",
                                        true,
                                        "exhibitReference",
                                        "EXH/WMP/7"))
                        .getBody())
                .get("id")
                .asText();
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/devices/" + seized + "/disposal",
                                Map.of("disposal", "DESTROYED", "rationale", "Images on CAID")),
                409,
                "disposal-before-outcome");
        ok(api().post(
                        OFFICER,
                        base(caseId) + "/devices/" + seized + "/caid",
                        Map.of("status", "SUBMITTED", "caidReference", "CAID-1")));
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/devices/" + seized + "/caid",
                                Map.of("status", "ADDED", "caidReference", "CAID-1")),
                409,
                "caid-not-graded");
        String examined = json.readTree(api().post(
                                OFFICER,
                                base(caseId) + "/devices",
                                Map.of(
                                        "description",
                                        "Tablet",
                                        "seized",
                                        false,
                                        "notSeizedReason",
                                        "Victim's device",
                                        "schoolMayUseDeletionPowers",
                                        false))
                        .getBody())
                .get("id")
                .asText();
        ok(api().post(
                        OFFICER,
                        base(caseId) + "/devices/" + examined + "/examination",
                        Map.of("examinedBy", "HI_TECH_CRIME_UNIT", "examinationReference", "HTCU-1")));
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/devices/" + examined + "/disposal",
                                Map.of("disposal", "RETURNED_AFTER_DELETION", "rationale", "Deleted by HTCU")),
                422,
                "device-not-returned-after-deletion");
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/devices",
                                Map.of(
                                        "description",
                                        "Phone",
                                        "schoolDeviceRef",
                                        "Jo's phone",
                                        "seized",
                                        true,
                                        "exhibitReference",
                                        "EXH/WMP/8")),
                422,
                "school-device-ref-format");
        JsonNode v2 = published(caseId, "org.casebridge.police.device-decision-recorded.v2");
        assertThat(v2.get("schoolDeviceRef").asText()).isEqualTo("device-1");
        published(caseId, "org.casebridge.police.device-decision-recorded.v1");
    }

    @Test
    void theOutcomeRulesOfTheBriefingHoldThroughTheApi() throws Exception {
        String pointing = accepted(List.of("ADULT_INVOLVED"));
        ok(api().post(OFFICER, base(pointing) + "/crime", crime()));
        refused(
                api().post(OFFICER, base(pointing) + "/aggravating-factors", noFactors()),
                422,
                "no-factors-reason-required");

        String coerced = accepted(List.of());
        ok(api().post(OFFICER, base(coerced) + "/crime", crime()));
        ok(api().post(OFFICER, base(coerced) + "/aggravating-factors", factor("COERCION_OR_BLACKMAIL", "Threats")));
        refused(
                api().post(
                                OFFICER,
                                base(coerced) + "/outcome-proposal",
                                Map.of("outcome", "OUTCOME_21", "rationale", "Not in the public interest")),
                422,
                "outcome-21-aggravating-factors");
        refused(
                api().post(OFFICER, base(coerced) + "/outcome-proposal", Map.of("outcome", "ADULT_CAUTION")),
                422,
                "adult-caution-requires-adult");

        String charged = accepted(List.of());
        ok(api().post(OFFICER, base(charged) + "/crime", crime()));
        ok(api().post(OFFICER, base(charged) + "/aggravating-factors", factor("ADULT_INVOLVEMENT", "Sender is 19")));
        ok(api().post(OFFICER, base(charged) + "/outcome-proposal", Map.of("outcome", "CHARGE")));
        ok(api().post(SUPERVISOR, base(charged) + "/outcome-proposal/sign-off", null));
        refused(
                api().post(
                                OFFICER,
                                base(charged) + "/disclosure-statement",
                                Map.of("givenTo", List.of("SCHOOL"), "statementVersion", "NPCC-2016-v1")),
                409,
                "disclosure-statement-not-for-outcome");
        refused(
                api().post(
                                OFFICER,
                                base(charged) + "/crime/reclassification",
                                Map.of("classification", "86/10", "reason", "Received, not shared")),
                409,
                "outcome-already-assigned");

        String disclosed = accepted(List.of());
        assignOutcome21(disclosed);
        ok(api().post(
                        OFFICER,
                        base(disclosed) + "/disclosure-statement",
                        Map.of("givenTo", List.of("SCHOOL", "PARENTS_OR_CARERS"), "statementVersion", "NPCC-2016-v1")));
        JsonNode given = published(disclosed, "org.casebridge.police.disclosure-statement-given.v1");
        assertThat(given.get("statementVersion").asText()).isEqualTo("NPCC-2016-v1");
        assertThat(given.get("givenTo").toString()).contains("SCHOOL").contains("PARENTS");
    }

    @Test
    void outcome21IsNotAssignedWithoutASupervisorWhoDidNotProposeIt() throws Exception {
        String byOfficer = accepted(List.of());
        ok(api().post(OFFICER, base(byOfficer) + "/crime", crime()));
        ok(api().post(OFFICER, base(byOfficer) + "/aggravating-factors", noFactors()));
        ok(api().post(
                        OFFICER,
                        base(byOfficer) + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_21", "rationale", "Consensual exchange between peers")));
        refused(api().post(OFFICER, base(byOfficer) + "/outcome-proposal/sign-off", null), 403, "supervisor-required");

        String bySupervisor = accepted(List.of());
        ok(api().post(SUPERVISOR, base(bySupervisor) + "/crime", crime()));
        ok(api().post(SUPERVISOR, base(bySupervisor) + "/aggravating-factors", noFactors()));
        ok(api().post(
                        SUPERVISOR,
                        base(bySupervisor) + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_21", "rationale", "Consensual exchange between peers")));
        refused(
                api().post(SUPERVISOR, base(bySupervisor) + "/outcome-proposal/sign-off", null),
                422,
                "four-eyes-sign-off");
        for (String caseId : List.of(byOfficer, bySupervisor)) {
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(detail(caseId)
                                    .path("outcome")
                                    .path("status")
                                    .asText())
                            .isEqualTo("PROPOSED"));
        }
    }

    @Test
    void aChildsRoleAndTheCrimeAreAmendedWithAReasonAndTheOldValueStays() throws Exception {
        String caseId = accepted(List.of());
        ok(api().post(OFFICER, base(caseId) + "/crime", crime()));
        refused(
                api().post(
                                OFFICER,
                                base(caseId) + "/crime/child-roles",
                                Map.of("childRef", "child-2", "role", "SUSPECT", "reason", "Shared it widely")),
                422,
                "suspect-requires-aggravating-factors");
        ok(api().post(
                        OFFICER,
                        base(caseId) + "/crime/reclassification",
                        Map.of("classification", "86/10", "reason", "Received, not shared")));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = detail(caseId);
            assertThat(detail.get("crime").get("classification").asText()).isEqualTo("86/10");
            JsonNode amendment = detail.get("amendments").get(0);
            assertThat(amendment.get("from").asText()).isEqualTo("86/02");
            assertThat(amendment.get("reason").asText()).isEqualTo("Received, not shared");
            assertThat(amendment.get("by").asText()).isEqualTo(OFFICER.id());
        });
        JsonNode reclassified = published(caseId, "org.casebridge.police.crime-reclassified.v1");
        assertThat(reclassified.get("fromClassification").asText()).isEqualTo("86/02");
        assertThat(reclassified.get("toClassification").asText()).isEqualTo("86/10");
        assertThat(reclassified.toString()).doesNotContain("Received, not shared", "crimeReference");
    }

    @Test
    void aStrategyActionSaysWhatItIsOnTheMeetingAndInVersionTwoBesideVersionOne() throws Exception {
        String caseId = accepted(List.of("COERCION_OR_BLACKMAIL"));
        List<Map<String, String>> invitees = List.of(
                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell", "role", "Social worker"),
                Map.of("type", "SCHOOL", "organisation", SCHOOL, "role", "DSL"));
        String meetingId = json.readTree(api().post(
                                OFFICER,
                                base(caseId) + "/strategy-meetings",
                                Map.of(
                                        "scheduledFor",
                                        Instant.now().plus(2, ChronoUnit.HOURS).toString(),
                                        "venue",
                                        "Video call",
                                        "invitees",
                                        invitees))
                        .getBody())
                .get("id")
                .asText();
        String meeting = base(caseId) + "/strategy-meetings/" + meetingId;
        ok(api().post(OFFICER, meeting + "/attendance", Map.of("attendees", invitees)));
        String due = Instant.now().plus(3, ChronoUnit.DAYS).toString();
        String safetyPlan = json.readTree(api().post(
                                OFFICER,
                                meeting + "/actions",
                                Map.of(
                                        "actionType",
                                        "SAFETY_PLAN",
                                        "description",
                                        "Safety plan for child-1 with the head of year",
                                        "owner",
                                        Map.of("type", "SCHOOL", "organisation", SCHOOL),
                                        "dueBy",
                                        due))
                        .getBody())
                .get("id")
                .asText();
        String unsaid = json.readTree(api().post(
                                OFFICER,
                                meeting + "/actions",
                                Map.of(
                                        "description",
                                        "Joint visit",
                                        "owner",
                                        Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell"),
                                        "dueBy",
                                        due))
                        .getBody())
                .get("id")
                .asText();
        refused(
                api().post(
                                OFFICER,
                                meeting + "/actions",
                                Map.of(
                                        "actionType",
                                        "A_FREE_TEXT_TYPE",
                                        "description",
                                        "Visit",
                                        "owner",
                                        Map.of("type", "SCHOOL", "organisation", SCHOOL),
                                        "dueBy",
                                        due)),
                400,
                "malformed-request");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode actions = json.readTree(api().get(OFFICER, base(caseId) + "/strategy-meetings")
                            .getBody())
                    .get(0)
                    .get("actions");
            assertThat(actions.findValuesAsText("actionType")).containsExactlyInAnyOrder("SAFETY_PLAN", "OTHER");
        });
        JsonNode v2 = json.readTree(new String(
                KafkaTestRecords.first(
                                Topics.POLICE_EVENTS,
                                r -> caseId.equals(r.key())
                                        && "org.casebridge.police.strategy-action-assigned.v2"
                                                .equals(KafkaTestRecords.header(r, "ce_type"))
                                        && new String(r.value(), StandardCharsets.UTF_8).contains(safetyPlan),
                                WAIT)
                        .value(),
                StandardCharsets.UTF_8));
        assertThat(v2.get("actionType").asText()).isEqualTo("SAFETY_PLAN");
        assertThat(v2.toString()).doesNotContain("Safety plan for child-1");
        JsonNode v1 = published(caseId, "org.casebridge.police.strategy-action-assigned.v1");
        assertThat(v1.has("actionType")).isFalse();
        assertThat(v1.get("actionId").asText()).isIn(safetyPlan, unsaid);
    }

    @Test
    void aChildTheSchoolAddsOrCorrectsShowsOnTheEscalationWithTheOldValue() throws Exception {
        String caseId = accepted(List.of());
        ok(api().post(OFFICER, base(caseId) + "/crime", crime()));
        fromTheSchool(new ChildAddedEvent(
                caseId,
                SCHOOL,
                new ChildSummary("child-3", 13, "Year 8", List.of("RECEIVED")),
                Instant.now().minus(5, ChronoUnit.MINUTES)));
        fromTheSchool(new ChildAmendedEvent(
                caseId,
                SCHOOL,
                CHILDREN.getFirst(),
                new ChildSummary("child-1", 12, "Year 7", List.of("PICTURED")),
                Instant.now().minus(4, ChronoUnit.MINUTES)));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode amendments = detail(caseId).get("amendments");
            assertThat(amendments.findValuesAsText("kind"))
                    .containsExactly("SCHOOL_CHILD_ADDED", "SCHOOL_CHILD_AMENDED");
            assertThat(amendments.get(1).get("from").asText()).isEqualTo("age 14, Year 9, PICTURED");
            assertThat(amendments.get(1).get("to").asText()).isEqualTo("age 12, Year 7, PICTURED");
            assertThat(amendments.get(1).get("by").asText()).isEqualTo(SCHOOL);
        });
        ok(api().post(
                        OFFICER,
                        base(caseId) + "/crime/child-roles",
                        Map.of(
                                "childRef",
                                "child-3",
                                "role",
                                "PERSON_INVOLVED",
                                "reason",
                                "Received it from child-1")));
        JsonNode role = published(caseId, "org.casebridge.police.crime-child-role-changed.v1");
        assertThat(role.get("ref").asText()).isEqualTo("child-3");
        assertThat(role.get("toRole").asText()).isEqualTo("PERSON_INVOLVED");
        assertThat(role.toString()).doesNotContain("Received it from child-1");
    }
}
