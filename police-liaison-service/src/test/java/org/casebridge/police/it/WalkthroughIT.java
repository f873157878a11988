package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.meeting;
import static org.casebridge.police.it.PoliceRequests.noFactors;
import static org.casebridge.police.it.PoliceRequests.role;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The two journeys of WALKTHROUGH.md, request by request, so that the document cannot drift from the API. */
class WalkthroughIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("ps-0917", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Duration WAIT = Duration.ofSeconds(60);

    String referral(List<String> criteria) throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE)
                        .criteria(criteria)
                        .children(
                                new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
                                new ChildSummary("child-2", 15, "Year 10", List.of("RECEIVED", "SHARED")))
                        .referredAt(Instant.now().minusSeconds(1800)),
                OFFICER,
                WAIT);
        return caseId;
    }

    @Test
    void aStraightforwardCaseToAnAssignedOutcome21WithTheSchoolDeleting() throws Exception {
        String caseId = referral(List.of());
        String base = "/api/escalations/" + caseId;

        ok(api().post(OFFICER, base + "/acceptance", null));
        ok(api().post(OFFICER, base + "/crime", crime()));
        ok(api().post(OFFICER, base + "/aggravating-factors", noFactors()));
        created(api().post(
                        OFFICER,
                        base + "/devices",
                        Map.of(
                                "description",
                                "Mobile phone",
                                "ownerChildRef",
                                "child-1",
                                "seized",
                                false,
                                "notSeizedReason",
                                "Victim's phone; no evidential need",
                                "schoolMayUseDeletionPowers",
                                true)));
        ok(
                api().post(
                                OFFICER,
                                base + "/outcome-proposal",
                                Map.of(
                                        "outcome",
                                        "OUTCOME_21",
                                        "rationale",
                                        "Consensual exchange between peers, no aggravating factors; not in the public interest")));
        ok(api().post(SUPERVISOR, base + "/outcome-proposal/sign-off", null));
        ok(api().post(
                        OFFICER,
                        base + "/disclosure-statement",
                        Map.of(
                                "givenTo",
                                List.of("SCHOOL", "PARENTS_OR_CARERS"),
                                "statementVersion",
                                "NPCC-2016-outcome-21-v1")));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = json.readTree(api().get(OFFICER, base).getBody());
            assertThat(detail.at("/assessment/path").asText()).isEqualTo("SUPPORT_VICTIMS_AND_ASSIST_SCHOOL");
            assertThat(detail.at("/strategyMeetingClock/state").asText()).isEqualTo("NOT_REQUIRED");
            assertThat(detail.at("/outcome/status").asText()).isEqualTo("ASSIGNED");
            assertThat(detail.at("/disclosures/0/givenTo")).hasSize(2);
            JsonNode devices =
                    json.readTree(api().get(OFFICER, base + "/devices").getBody());
            assertThat(devices.at("/0/seized").asBoolean()).isFalse();
            assertThat(devices.at("/0/schoolMayUseDeletionPowers").asBoolean()).isTrue();
        });
    }

    @Test
    void anAggravatedCaseThroughAStrategyMeetingWithActionsAndASeizedDeviceOnCaid() throws Exception {
        String caseId = referral(List.of("COERCION_OR_GROOMING_OR_CAPACITY", "IMMEDIATE_RISK_OF_HARM"));
        String base = "/api/escalations/" + caseId;

        ok(api().post(OFFICER, base + "/acceptance", null));
        ok(api().post(
                        OFFICER,
                        base + "/aggravating-factors",
                        Map.of(
                                "factors",
                                List.of(
                                        Map.of(
                                                "factor",
                                                "COERCION_OR_BLACKMAIL",
                                                "notes",
                                                "Threats to share the image unless sent more"),
                                        Map.of(
                                                "factor",
                                                "ADULT_INVOLVEMENT",
                                                "notes",
                                                "Account appears to be run by an adult")))));
        ok(api().post(OFFICER, base + "/crime", crime("86/02", role("child-1", "VICTIM"), role("child-2", "SUSPECT"))));
        ResponseEntity<String> outcome21 = api().post(
                        OFFICER,
                        base + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_21", "rationale", "Not in the public interest"));
        assertThat(outcome21.getStatusCode().value()).isEqualTo(422);
        assertThat(outcome21.getBody()).contains("COERCION_OR_BLACKMAIL");

        Map<String, String> socialWorker =
                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025", "role", "Social worker");
        Map<String, String> dsl = Map.of("type", "SCHOOL", "organisation", "137001", "role", "DSL");
        Map<String, String> schoolNurse = Map.of("type", "HEALTH", "organisation", "RRK", "role", "School nurse");
        String meetingId = created(api().post(
                        OFFICER,
                        base + "/strategy-meetings",
                        meeting("Video call (Teams)", List.of(socialWorker, dsl, schoolNurse))));
        String meeting = base + "/strategy-meetings/" + meetingId;
        ok(api().post(OFFICER, meeting + "/attendance", Map.of("attendees", List.of(socialWorker, dsl))));
        created(api().post(
                        OFFICER,
                        meeting + "/information-shared",
                        Map.of(
                                "sharedBy", Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"),
                                "summary", "Family known to social care in 2024; no current plan",
                                "lawfulBasis", "PUBLIC_TASK_SAFEGUARDING")));
        created(api().post(
                        OFFICER,
                        meeting + "/decisions",
                        Map.of(
                                "topic",
                                "SECTION_47_ENQUIRIES",
                                "decision",
                                "Start s.47 enquiries for child-1",
                                "startSection47",
                                true,
                                "rationale",
                                "Reasonable cause to suspect significant harm: coercion by an adult")));
        String actionId = created(api().post(
                        OFFICER,
                        meeting + "/actions",
                        Map.of(
                                "description", "Joint visit to the family",
                                "owner", Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"),
                                "dueBy", Instant.now().plus(Duration.ofDays(2)).toString())));
        ok(api().post(OFFICER, meeting + "/actions/" + actionId + "/completion", Map.of("note", "Visit done")));
        int eventsOfTheMeeting = eventsOf(meetingId);
        ResponseEntity<String> again =
                api().post(OFFICER, meeting + "/actions/" + actionId + "/completion", Map.of("note", "Visit done"));
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(204);
        assertThat(eventsOf(meetingId)).isEqualTo(eventsOfTheMeeting);

        String deviceId = created(api().post(
                        OFFICER,
                        base + "/devices",
                        Map.of(
                                "description",
                                "Mobile phone",
                                "ownerChildRef",
                                "child-2",
                                "seized",
                                true,
                                "exhibitReference",
                                "EXH/WMP/0042")));
        String device = base + "/devices/" + deviceId;
        ok(api().post(
                        OFFICER,
                        device + "/examination",
                        Map.of("examinedBy", "HI_TECH_CRIME_UNIT", "examinationReference", "HTCU-2026-118")));
        ok(api().post(OFFICER, device + "/caid", Map.of("status", "SUBMITTED", "caidReference", "CAID-SUB-99812")));
        ok(api().post(
                        OFFICER,
                        device + "/caid",
                        Map.of("status", "GRADED", "grade", "C", "caidReference", "CAID-SUB-99812")));
        ok(api().post(
                        OFFICER,
                        device + "/report-remove",
                        Map.of("childRef", "child-1", "reportRemoveReference", "IWF-RR-20261128-7")));
        assertThat(api().post(
                                OFFICER,
                                device + "/disposal",
                                Map.of("disposal", "RETURNED_AFTER_DELETION", "rationale", "Deleted"))
                        .getStatusCode()
                        .value())
                .isEqualTo(422);

        JsonNode actionOnTheBus = json.readTree(PoliceEscalationIT.firstRecord(
                        Topics.POLICE_EVENTS, caseId, "org.casebridge.police.strategy-action-assigned.v1")
                .value());
        assertThat(actionOnTheBus.get("ownerOrganisation").asText()).isEqualTo("E08000025");
        assertThat(actionOnTheBus.get("ownerOrganisationType").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE");
        assertThat(actionOnTheBus.toString()).doesNotContain("Joint visit");
        JsonNode deviceOnTheBus = json.readTree(PoliceEscalationIT.firstRecord(
                        Topics.POLICE_EVENTS, caseId, "org.casebridge.police.device-decision-recorded.v1")
                .value());
        assertThat(deviceOnTheBus.get("decision").asText()).isEqualTo("SEIZED");
        assertThat(deviceOnTheBus.toString()).doesNotContain("EXH/WMP/0042");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = json.readTree(api().get(OFFICER, base).getBody());
            assertThat(detail.at("/assessment/path").asText()).isEqualTo("POLICE_IN_CONTROL");
            assertThat(detail.at("/strategyMeetingClock/state").asText()).isEqualTo("MET");
            JsonNode meetings = json.readTree(
                    api().get(OFFICER, base + "/strategy-meetings").getBody());
            assertThat(meetings.at("/0/decisions/0/startSection47").asBoolean()).isTrue();
            assertThat(meetings.at("/0/information/0/lawfulBasis").asText()).isEqualTo("PUBLIC_TASK_SAFEGUARDING");
            assertThat(meetings.at("/0/actions/0/completedAt").isMissingNode()).isFalse();
            JsonNode devices =
                    json.readTree(api().get(OFFICER, base + "/devices").getBody());
            assertThat(devices.at("/0/caid/1/grade").asText()).isEqualTo("C");
            assertThat(devices.at("/0/reportRemove/0/reference").asText()).isEqualTo("IWF-RR-20261128-7");
        });
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, aggregateId);
    }
}
