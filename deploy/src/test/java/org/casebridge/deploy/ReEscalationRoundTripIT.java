package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.deploy.JourneySteps.awaitDetail;
import static org.casebridge.deploy.JourneySteps.initialReview;
import static org.casebridge.deploy.JourneySteps.noContent;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The school's re-escalations reach the police and the police's answer to each round comes back, through the real
 * case-service and police-liaison-service jars on the real Kafka broker of the shared stack (issue 12, item 3). Round 1
 * is declined, which ends the school's wait; new information opens round 2, which the force accepts and closes with
 * Outcome 21; a criterion newly met opens round 3, new in the inbox with what is new, with the strategy-meeting clock
 * started again although no meeting was needed before; the force accepts it, and the school's case shows each answer.
 * A strategy meeting then gives the school an action: the school sees what it is (issue 12, item 7) and marks it done,
 * and the police complete it; the school's correction of a child and the police's reclassification of the crime each
 * reach the other side (items 6 and 9, ADR 0044).
 */
@Order(2)
@ExtendWith(WholeStack.class)
class ReEscalationRoundTripIT {

    /** Hollybank Academy (demo school): Birmingham, West Midlands Police. */
    private static final String SCHOOL_URN = "103456";

    @Test
    void eachReEscalationOpensARoundThePoliceAnswerAndTheSchoolSees(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient officer = ActorClient.of(stack, Service.POLICE_LIAISON, "wmp-liaison");
        ActorClient supervisor = ActorClient.of(stack, Service.POLICE_LIAISON, "wmp-supervisor");

        ActorClient.Reply reported = school.post("/api/cases", REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        String onCase = "/api/cases/" + caseId;
        String escalation = "/api/escalations/" + caseId;
        noContent(school.post(onCase + "/initial-review", initialReview("Seen separately")));
        noContent(school.post(onCase + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "The parents asked for police advice."}"""));

        JsonNode first = police(officer, escalation, detail -> {
            assertThat(detail.path("status").asText()).isEqualTo("NEW");
            assertThat(detail.path("strategyMeetingClock").path("state").asText())
                    .isEqualTo("RUNNING");
        });
        String firstDueBy = first.get("strategyMeetingClock").get("dueBy").asText();

        noContent(officer.post(escalation + "/decline", """
                {"reason": "No police role on what the school knows today"}"""));
        schoolCase(school, onCase, detail -> {
            assertThat(detail.path("policeRoundAnswer").asText()).isEqualTo("DECLINED");
            assertThat(detail.path("summary").path("awaitingPolice").asBoolean())
                    .as("a decline ends the wait")
                    .isFalse();
        });

        noContent(school.post(onCase + "/escalations", """
                {"referredTo": ["POLICE"],
                 "newInformation": "child-2 says the picture was sent on to pupils of another school."}"""));
        police(officer, escalation, detail -> {
            assertThat(detail.path("status").asText()).isEqualTo("NEW");
            assertThat(detail.path("round").path("round").asInt()).isEqualTo(2);
            assertThat(detail.path("round").path("criteriaNewlyMet")).isEmpty();
            assertThat(detail.path("strategyMeetingClock").path("dueBy").asText())
                    .as("nothing newly met: the clock does not start again")
                    .isEqualTo(firstDueBy);
        });
        assertThat(officer.get("/api/escalations?status=NEW").json().findValuesAsText("caseId"))
                .as("the declined escalation is back in the inbox")
                .contains(caseId);
        schoolCase(school, onCase, detail -> {
            assertThat(detail.path("policeRound").asInt()).isEqualTo(2);
            assertThat(detail.path("policeRoundAnswer").asText()).isEqualTo("OPEN");
            assertThat(detail.path("summary").path("awaitingPolice").asBoolean())
                    .isTrue();
        });

        noContent(officer.post(escalation + "/acceptance", "{}"));
        noContent(officer.post(
                escalation + "/crime", """
                {"classification": "86/02", "crimeReference": "20/%06d/26",
                 "childRoles": [{"childRef": "child-1", "role": "VICTIM"},
                                {"childRef": "child-2", "role": "PERSON_INVOLVED"}]}""".formatted(ThreadLocalRandom.current().nextInt(1_000_000))));
        noContent(officer.post(escalation + "/aggravating-factors", "{\"factors\": []}"));
        noContent(officer.post(escalation + "/outcome-proposal", """
                {"outcome": "OUTCOME_21", "rationale": "Consensual exchange between peers of the same age"}"""));
        noContent(supervisor.post(escalation + "/outcome-proposal/sign-off", "{}"));
        schoolCase(school, onCase, detail -> {
            assertThat(detail.path("policeRound").asInt()).isEqualTo(2);
            assertThat(detail.path("policeRoundAnswer").asText()).isEqualTo("ACCEPTED");
            assertThat(detail.path("policeOutcome").asText()).isEqualTo("OUTCOME_21");
            assertThat(detail.path("policeOutcomeWords").asText()).startsWith("Outcome 21: ");
            assertThat(detail.path("summary").path("awaitingPolice").asBoolean())
                    .isFalse();
        });

        Instant escalatedAgain = Instant.now();
        noContent(school.post(onCase + "/escalations", """
                {"referredTo": ["POLICE"], "criteriaNowMet": ["IMMEDIATE_RISK_OF_HARM"],
                 "newInformation": "child-1 told her tutor she has thought of harming herself."}"""));
        police(officer, escalation, detail -> {
            assertThat(detail.path("status").asText()).isEqualTo("NEW");
            JsonNode round = detail.path("round");
            assertThat(round.path("round").asInt()).isEqualTo(3);
            assertThat(round.path("criteriaNewlyMet").toString()).contains("IMMEDIATE_RISK_OF_HARM");
            assertThat(round.path("previousOutcome").asText()).isEqualTo("OUTCOME_21");
            assertThat(detail.path("outcome").path("status").asText())
                    .as("the new round waits for its own outcome")
                    .isNotEqualTo("ASSIGNED");
            JsonNode clock = detail.path("strategyMeetingClock");
            assertThat(clock.path("state").asText())
                    .as("the clock starts again on a criterion newly met")
                    .isEqualTo("RUNNING");
            assertThat(clock.path("required").isBoolean())
                    .as("the factors are asked for again")
                    .isFalse();
            assertThat(Instant.parse(clock.path("dueBy").asText()))
                    .as("immediate risk: the meeting is due the same day")
                    .isEqualTo(endOfLondonDay(escalatedAgain));
        });
        JsonNode inboxLine = lineFor(officer.get("/api/escalations?status=NEW").json(), caseId);
        assertThat(inboxLine.path("round").asInt()).isEqualTo(3);
        assertThat(inboxLine.path("criteriaNewlyMet").toString()).contains("IMMEDIATE_RISK_OF_HARM");
        schoolCase(school, onCase, detail -> {
            assertThat(detail.path("policeRound").asInt()).isEqualTo(3);
            assertThat(detail.path("policeRoundAnswer").asText()).isEqualTo("OPEN");
            assertThat(detail.path("policeOutcome").isTextual())
                    .as("the outcome of round 2 does not answer round 3")
                    .isFalse();
            assertThat(detail.path("summary").path("awaitingPolice").asBoolean())
                    .isTrue();
        });

        noContent(officer.post(escalation + "/acceptance", "{}"));
        schoolCase(school, onCase, detail -> {
            assertThat(detail.path("policeRound").asInt()).isEqualTo(3);
            assertThat(detail.path("policeRoundAnswer").asText()).isEqualTo("ACCEPTED");
            assertThat(detail.path("summary").path("awaitingPolice").asBoolean())
                    .isTrue();
        });

        String meetingId = officer.post(escalation + "/strategy-meetings", """
                        {"scheduledFor": "%s", "venue": "Video call",
                         "invitees": [{"type": "CHILDRENS_SOCIAL_CARE", "organisation": "csc-birmingham"},
                                      {"type": "SCHOOL", "organisation": "%s"}]}""".formatted(
                                Instant.now().plus(Duration.ofHours(2)), SCHOOL_URN))
                .json()
                .get("id")
                .asText();
        String meeting = escalation + "/strategy-meetings/" + meetingId;
        noContent(officer.post(meeting + "/attendance", """
                {"attendees": [{"type": "CHILDRENS_SOCIAL_CARE", "organisation": "csc-birmingham"},
                               {"type": "SCHOOL", "organisation": "%s"}]}""".formatted(SCHOOL_URN)));
        ActorClient.Reply action = officer.post(
                meeting + "/actions", """
                {"actionType": "SAFETY_PLAN", "description": "Safety plan with child-1's head of year",
                 "owner": {"type": "SCHOOL", "organisation": "%s"}, "dueBy": "%s"}""".formatted(SCHOOL_URN, Instant.now().plus(Duration.ofDays(2))));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        String actionId = action.json().get("id").asText();
        JsonNode acts = awaitDetail(
                "the school's strategy actions",
                school,
                onCase + "/agencies",
                detail -> assertThat(detail.path("strategyActions").findValuesAsText("what"))
                        .as("the school sees what its action is, not only its id (issue 12, item 7)")
                        .containsExactly("Put a safety plan in place for the child"));
        assertThat(acts.toString()).doesNotContain("head of year");
        awaitDetail("who outside the school read the case", school, onCase + "/outside-reads", reads -> {
            assertThat(reads.findValuesAsText("organisation"))
                    .as("the police's reads of the escalation reach the school's case (ADR 0070)")
                    .contains("West Midlands Police");
            assertThat(reads.findValuesAsText("recordCode")).contains("ESCALATION");
        });
        noContent(school.post(onCase + "/strategy-actions/" + actionId + "/completion", "{}"));

        noContent(school.post(onCase + "/children/child-2/amendments", """
                {"age": 13, "yearGroup": "Year 8", "reason": "Date of birth checked with the admissions record."}"""));
        police(
                officer,
                escalation,
                detail -> assertThat(detail.path("amendments").findValuesAsText("kind"))
                        .as("the school's correction reaches the police (issue 12, items 6 and 9)")
                        .contains("SCHOOL_CHILD_AMENDED"));
        noContent(officer.post(escalation + "/crime/reclassification", """
                {"classification": "86/10", "reason": "child-2 received it and did not pass it on"}"""));
        awaitDetail(
                "the school's timeline",
                school,
                onCase + "/timeline",
                timeline -> assertThat(timeline.toString())
                        .contains(
                                "Crime reclassified by WMP from taking, making or distributing indecent images of children (86/02) to possession of indecent images of children (86/10)",
                                "Strategy action: Put a safety plan")
                        .doesNotContain("did not pass it on"));
        schoolCase(
                school,
                onCase + "/agencies",
                detail -> assertThat(detail.path("strategyActions").get(0).has("completedAt"))
                        .as("the police completed the school's action it marked done")
                        .isTrue());

        for (String child : new String[] {"child-1", "child-2"}) {
            noContent(school.post(onCase + "/parents", """
                    {"childRef": "%s", "informed": true, "whoWasInformed": "Mother",
                     "informedAt": "2026-01-10T15:00:00Z", "method": "IN_PERSON"}""".formatted(child)));
        }
        noContent(school.post(onCase + "/closure", """
                {"outcomeSummary": "Support in place at school; the families are informed.",
                 "policeOutcomeNotAwaitedReason": "The force's officer agreed the school's part is done."}"""));
        police(
                officer,
                escalation,
                detail -> assertThat(detail.path("schoolClosure")
                                .path("closedWithoutPoliceOutcome")
                                .asBoolean())
                        .as("closing while the police hold the case tells them")
                        .isTrue());
    }

    private static Instant endOfLondonDay(Instant at) {
        ZoneId london = ZoneId.of("Europe/London");
        return at.atZone(london).toLocalDate().plusDays(1).atStartOfDay(london).toInstant();
    }

    private static JsonNode lineFor(JsonNode inbox, String caseId) {
        for (JsonNode line : inbox) {
            if (caseId.equals(line.path("caseId").asText())) {
                return line;
            }
        }
        throw new AssertionError("Case " + caseId + " is not in the inbox: " + inbox);
    }

    private static JsonNode police(ActorClient officer, String escalation, Consumer<JsonNode> expected) {
        return awaitDetail("the force's escalation", officer, escalation, expected);
    }

    private static JsonNode schoolCase(ActorClient school, String onCase, Consumer<JsonNode> expected) {
        return awaitDetail("the school's case", school, onCase, expected);
    }

    private static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [
               {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]},
               {"ref": "child-2", "age": 14, "yearGroup": "Year 9", "roles": ["RECEIVED"]}
             ],
             "summary": "child-1 told her tutor that child-2 kept a picture she sent him"}
            """;
}
