package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.deploy.JourneySteps.initialReview;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Children's social care acting in a case, in real browsers on the shared stack (issue 12, item 7; ADR 0022). Clapton
 * Park Academy refers a coerced pupil to the MPS and to children's social care over the API, and the MPS hold a
 * strategy meeting that gives one action to Hackney's social care and one to the school. Hackney's social care worker
 * then finds the referral at {@code /portal/referrals}, acknowledges it, starts section 47 enquiries, records their
 * outcome and completes the agency's action; the DSL sees all of it on the case's agencies page, with the school's
 * action, its owner and due date, and marks it done, and the police's completion comes back. Each page is captured
 * and checked with axe-core. The pages name the school and say the codes in words (ADR 0052): each action by what it is
 * ("Section 47 enquiries", "Put a safety plan in place for the child", the police's {@code actionType}), the section
 * 47 outcome as the guidance says it, and the case by its school and referral date, never by its id.
 */
@ExtendWith(WholeStack.class)
class SocialCareBrowserIT {

    /** Clapton Park Academy: Hackney E09000012, Metropolitan Police; Hackney's social care is csc-hackney. */
    private static final String SCHOOL_URN = "100001";

    private static final String REFERRAL_HEADING = "Referral from Clapton Park Academy";
    /** The words of the actions' types (StrategyActionType): social care's SECTION_47_ENQUIRY, the school's SAFETY_PLAN. */
    private static final String SOCIAL_CARE_ACTION = "Section 47 enquiries";

    private static final String SCHOOL_ACTION = "Put a safety plan in place for the child";

    private static final String AGENCY = "csc-hackney";
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    @Test
    void socialCareAcknowledgesEnquiresAndCompletesItsActionAndTheSchoolSeesIt(LocalStack stack) {
        Case referred = referredWithAStrategyMeeting(stack);

        URI agencyPortal = stack.baseUri(Service.NOTIFICATION).resolve("/portal");
        URI referrals = agencyPortal.resolve("/portal/referrals");
        try (PortalBrowser csc = PortalBrowser.start()) {
            csc.signIn(referrals, "csc.hackney").expectHeading("Referrals and actions");
            URI page = referrals.resolve("/portal/referrals/" + referred.caseId());
            csc.reloadUntil(page, REFERRAL_HEADING);
            csc.open(referrals).expectHeading("Referrals and actions");
            var link = csc.find(By.cssSelector("a[href$='/portal/referrals/" + referred.caseId() + "']"));
            assertThat(link.getText()).matches("(CPA-\\d{4}-\\d{4,}, )?Clapton Park Academy, referred .+");
            assertThat(csc.text()).as("the case is named, not numbered").doesNotContain(referred.caseId());
            csc.capture("agency-referrals");
            link.click();
            csc.expectHeading(REFERRAL_HEADING);
            assertThat(csc.find(By.id("acknowledgement")).getText()).startsWith("Due by");
            csc.capture("agency-referral");

            csc.click("Acknowledge the referral").expectHeading(REFERRAL_HEADING);
            assertThat(csc.text()).contains("The referral is acknowledged");
            assertThat(csc.find(By.id("acknowledgement")).getText()).startsWith("Acknowledged");

            csc.click("Record that section 47 enquiries started now").expectHeading(REFERRAL_HEADING);
            assertThat(csc.text()).contains("Section 47 enquiries are recorded as started");
            csc.click("Record the outcome").expectHeading(REFERRAL_HEADING);
            assertThat(csc.find(By.id("section-47")).getText())
                    .as("no outcome chosen: nothing is recorded")
                    .doesNotContain("Outcome");
            csc.choose("outcome", "CHILD_IN_NEED_SUPPORT")
                    .click("Record the outcome")
                    .expectHeading(REFERRAL_HEADING);
            assertThat(csc.find(By.id("section-47")).getText())
                    .contains("Outcome: The child is in need: support under section 17");
            csc.capture("agency-referral-section-47");

            csc.reloadUntil(page, "Given to your agency at the police's strategy meeting");
            assertThat(csc.find(By.id("actions")).getText())
                    .as("the action by what it is, not by its id")
                    .contains(SOCIAL_CARE_ACTION)
                    .doesNotContain(referred.socialCareAction());
            csc.find(By.id("complete-" + referred.socialCareAction())).click();
            csc.expectHeading(REFERRAL_HEADING);
            assertThat(csc.text()).contains("Action completed: " + SOCIAL_CARE_ACTION);
            assertThat(csc.find(By.id("actions")).getText())
                    .as("sent to the police, or already completed by them when the police's answer came back first")
                    .containsAnyOf("Sent to the police", "Completed");
            assertThat(csc.text()).doesNotContain(referred.caseId(), "CHILD_IN_NEED_SUPPORT", AGENCY);
            csc.capture("agency-referral-action-completed");
        }

        URI casePortal = stack.baseUri(Service.CASE).resolve("/portal");
        URI agencies = casePortal.resolve("/portal/cases/" + referred.caseId() + "/agencies");
        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(casePortal.resolve("/portal/cases/" + referred.caseId()), "dsl.clapton");
            dsl.find(By.id("agencies-link")).click();
            dsl.expectHeading("Children's social care and strategy actions");
            dsl.reloadUntil(agencies, "Started");
            dsl.reloadUntil(agencies, SCHOOL_ACTION);
            assertThat(dsl.find(By.id("csc-" + AGENCY)).getText())
                    .contains("Children's social care, Hackney", "Acknowledged", "Started", "Outcome")
                    .doesNotContain(AGENCY);
            String action = dsl.find(By.id("strategy-actions")).getText();
            assertThat(action)
                    .as("the school's action by what it is, its owner and the force by name")
                    .contains(SCHOOL_ACTION, "Clapton Park Academy", "Metropolitan Police")
                    .doesNotContain("School " + SCHOOL_URN, referred.schoolAction());
            assertThat(dsl.find(By.cssSelector("#strategy-actions tbody td:nth-child(3)"))
                            .getText())
                    .as("the due date")
                    .isNotBlank();
            dsl.capture("case-agencies");

            dsl.find(By.id("done-" + referred.schoolAction())).click();
            dsl.expectHeading("Children's social care and strategy actions");
            assertThat(dsl.text()).contains("Marked done: " + SCHOOL_ACTION);
            assertThat(dsl.text()).doesNotContain("There is a problem");
            await("the police's completion of the school's action")
                    .atMost(PROPAGATION)
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> {
                        dsl.open(agencies).expectHeading("Children's social care and strategy actions");
                        assertThat(dsl.find(By.id("strategy-actions")).getText())
                                .contains("Completed");
                    });
            dsl.capture("case-agencies-action-done");
        }

        ActorClient officer = ActorClient.of(stack, Service.POLICE_LIAISON, "mps-liaison");
        await("both owners' completions on the police's meeting")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    ActorClient.Reply meetings =
                            officer.get("/api/escalations/" + referred.caseId() + "/strategy-meetings");
                    assertThat(meetings.status()).as(meetings.body()).isEqualTo(200);
                    for (var actionNode : meetings.json().at("/0/actions")) {
                        assertThat(actionNode.has("completedAt"))
                                .as(actionNode.toString())
                                .isTrue();
                    }
                });
    }

    private record Case(String caseId, String schoolAction, String socialCareAction) {}

    /** The school reports and refers over the API; the MPS accept, find coercion and hold a strategy meeting. */
    private static Case referredWithAStrategyMeeting(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient officer = ActorClient.of(stack, Service.POLICE_LIAISON, "mps-liaison");
        ActorClient.Reply reported = school.post("/api/cases", REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        ok(school.post(
                "/api/cases/" + caseId + "/initial-review",
                initialReview("Seen with her tutor", "COERCION_OR_GROOMING_OR_CAPACITY")));
        ok(school.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "An older online contact pressed the pupil for more images."}"""));

        String escalation = "/api/escalations/" + caseId;
        await("the referral in the MPS inbox")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> officer.get(escalation).status() == 200);
        ok(officer.post(escalation + "/acceptance", "{}"));
        ok(officer.post(escalation + "/aggravating-factors", """
                {"factors": [{"factor": "COERCION_OR_BLACKMAIL", "notes": "An online contact threatened her."}]}"""));
        String parties = """
                [{"type": "CHILDRENS_SOCIAL_CARE", "organisation": "%s", "role": "Social worker"},
                 {"type": "SCHOOL", "organisation": "%s", "role": "DSL"}]""".formatted(AGENCY, SCHOOL_URN);
        String meetingId = created(officer.post(
                escalation + "/strategy-meetings", """
                {"scheduledFor": "%s", "venue": "Hackney MASH, video call", "invitees": %s}""".formatted(Instant.now().plusSeconds(3600), parties)));
        String meeting = escalation + "/strategy-meetings/" + meetingId;
        ok(officer.post(meeting + "/attendance", "{\"attendees\": " + parties + "}"));
        String due = Instant.now().plus(Duration.ofDays(3)).toString();
        String schoolAction = created(officer.post(meeting + "/actions", """
                {"description": "Safety plan in school", "actionType": "SAFETY_PLAN",
                 "owner": {"type": "SCHOOL", "organisation": "%s"}, "dueBy": "%s"}""".formatted(SCHOOL_URN, due)));
        String socialCareAction = created(officer.post(meeting + "/actions", """
                {"description": "Home visit", "actionType": "SECTION_47_ENQUIRY",
                 "owner": {"type": "CHILDRENS_SOCIAL_CARE", "organisation": "%s"}, "dueBy": "%s"}""".formatted(AGENCY, due)));
        return new Case(caseId, schoolAction, socialCareAction);
    }

    private static void ok(ActorClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 204);
    }

    private static String created(ActorClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]}],
             "summary": "child-1 told her tutor an older online contact pressed her for pictures"}
            """;
}
