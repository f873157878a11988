package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The police portal in a real browser on the real stack: a Hackney school refers a case through the API while the MPS
 * liaison officer has the inbox open; the referral shows there without a reload (ADR 0101); the officer accepts it, records the crime (after an error summary), finds no
 * aggravating factor and proposes Outcome 21; the MPS supervisor signs it off from the sign-off queue and records the
 * disclosure statement given to the school and the parents, looks at the force's MoPI reviews due (ADR 0083), then
 * answers a parent's subject access request for child-1 (start, review, release); on the way the officer reclassifies
 * the crime, with the reason. Each main page is captured and checked with axe-core.
 */
@ExtendWith(WholeStack.class)
class PolicePortalBrowserIT {

    @Test
    void theOfficerProposesOutcome21AndTheSupervisorSignsItOff(LocalStack stack) {
        URI portal = stack.baseUri(Service.POLICE_LIAISON).resolve("/portal");
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "officer.mps").expectHeading("Escalations");
            browser.open(portal.resolve("/portal/escalations?status=new&sort=due"));
            String caseId = referACaseInHackney(stack);
            ActorClient.Reply read =
                    ActorClient.of(stack, Service.CASE, "school-100001").get("/api/cases/" + caseId);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            String shortId = read.json().get("reference").asText();
            URI escalation = portal.resolve("/portal/escalations/" + caseId);
            browser.awaitText(shortId);
            assertThat(browser.find(By.cssSelector("[data-live-status]")).getDomProperty("textContent"))
                    .as("what a screen reader is told of the update")
                    .startsWith("The list was updated at ");
            browser.capture("police-inbox");

            browser.click(shortId).expectHeading("Escalation " + shortId);
            assertThat(browser.text())
                    .contains("Referred by the school", "child-1", "the school referred on its judgement");
            browser.capture("police-escalation");

            browser.click("Accept the escalation").expectHeading("Escalation " + shortId);
            assertThat(browser.text()).contains("You accepted the escalation");
            browser.reloadUntil(escalation, "Record the crime");

            browser.click("Record the crime").expectHeading("Record the crime");
            browser.capture("police-crime");
            browser.find(By.cssSelector("main form button.govuk-button")).click();
            browser.expectHeading("Record the crime");
            assertThat(browser.text()).contains("There is a problem", "Select the Home Office classification");
            browser.capture("police-crime-errors");
            browser.choose("classification", "86/02")
                    .type("crimeReference", String.format("%07d/26", (long) (Math.random() * 10_000_000)))
                    .choose("role-child-1", "VICTIM")
                    .choose("role-child-2", "PERSON_INVOLVED");
            browser.find(By.cssSelector("main form button.govuk-button")).click();
            browser.expectHeading("Escalation " + shortId);
            assertThat(browser.text()).contains("You recorded the crime");

            browser.reloadUntil(escalation, "Amend the crime record");
            browser.click("Amend the crime record").expectHeading("Amend the crime record");
            browser.capture("police-crime-amendments");
            browser.choose("classification", "86/10").click("Reclassify the crime");
            browser.expectHeading("Amend the crime record");
            assertThat(browser.text()).contains("There is a problem", "Enter why the crime is reclassified");
            browser.capture("police-crime-amendments-errors");
            browser.choose("classification", "86/10")
                    .type("reclassificationReason", "Child-2 received the image and did not share it")
                    .click("Reclassify the crime");
            browser.expectHeading("Amend the crime record");
            assertThat(browser.text()).contains("You reclassified the crime", "86/02", "did not share it");
            browser.open(escalation);

            browser.reloadUntil(escalation, "Assess the aggravating factors");
            browser.click("Assess the aggravating factors").expectHeading("Assess the aggravating factors");
            browser.capture("police-aggravating-factors");
            browser.choose("found", "no").click("Save the assessment").expectHeading("Escalation " + shortId);

            browser.reloadUntil(escalation, "Propose an outcome");
            browser.click("Propose an outcome").expectHeading("Propose an outcome");
            browser.choose("outcome", "OUTCOME_21")
                    .type(
                            "rationale",
                            "Consensual exchange between peers, no aggravating factors, the school"
                                    + " supports both children: further investigation is not in the public interest");
            browser.capture("police-outcome-proposal");
            browser.click("Propose the outcome").expectHeading("Escalation " + shortId);
            assertThat(browser.text()).contains("You proposed the outcome");

            browser.open(escalation.resolve("/portal/escalations/" + caseId + "/strategy-meetings"))
                    .expectHeading("Strategy meetings");
            browser.capture("police-strategy-meetings");
            URI devices = escalation.resolve("/portal/escalations/" + caseId + "/devices");
            browser.open(devices).expectHeading("Devices and images");
            browser.capture("police-devices");
            browser.type("description", "Mobile phone of child-1")
                    .choose("ownerChildRef", "child-1")
                    .choose("seized", "yes")
                    .type("exhibitReference", "MPS-EX-0427")
                    .click("Record the device")
                    .expectHeading("Mobile phone of child-1");
            assertThat(browser.text()).contains("You recorded the device");
            browser.type("examinationReference", "DFU-2026-118").awaitDraftSaved("examinationReference");
            browser.open(URI.create(browser.driver().getCurrentUrl())).expectHeading("Mobile phone of child-1");
            assertThat(browser.value("examinationReference"))
                    .as("the draft is there when the officer comes back")
                    .isEqualTo("DFU-2026-118");
            browser.capture("police-device-draft");

            browser.click("Sign out").expectHeading("You have signed out");
            browser.signIn(portal.resolve("/portal/sign-off"), "supervisor.mps").expectHeading("Outcomes to sign off");
            browser.reloadUntil(portal.resolve("/portal/sign-off"), shortId);
            browser.capture("police-sign-off-queue");
            browser.open(portal.resolve("/portal/reviews")).expectHeading("Reviews due");
            assertThat(browser.text()).contains("Records are reviewed under MoPI", "Coming up in 30 days");
            browser.capture("police-reviews-due");
            browser.open(portal.resolve("/portal/escalations/" + caseId + "/outcome-decision"))
                    .expectHeading("Decide on the proposed outcome");
            browser.choose("decision", "sign-off");
            browser.capture("police-outcome-decision");
            browser.click("Confirm the decision").expectHeading("Escalation " + shortId);
            assertThat(browser.text()).contains("You signed off the outcome");
            browser.reloadUntil(escalation, "Outcome signed off and assigned");
            browser.capture("police-escalation-assigned");

            browser.click("Record the disclosure statement").expectHeading("Record the disclosure statement");
            browser.choose("givenTo", "SCHOOL")
                    .choose("givenTo", "PARENTS_OR_CARERS")
                    .type("statementVersion", "NPCC-2016-outcome-21-v1");
            browser.capture("police-disclosure-statement");
            browser.click("Record the disclosure statement").expectHeading("Escalation " + shortId);
            assertThat(browser.text()).contains("You recorded the disclosure statement");
            browser.reloadUntil(escalation, "Disclosure statement given to the school and parents or carers");

            // A parent asks the force what it holds about their child (ADR 0066): the supervisor answers.
            browser.click("Subject access requests").expectHeading("Subject access requests");
            browser.choose("childRef", "child-1")
                    .type("requester", "The child's mother, by letter")
                    .type("reason", "Subject access request under UK GDPR Art 15, identity checked in person");
            browser.capture("police-subject-access-requests");
            browser.click("Start the request").expectHeading("Subject access request for child-1");
            assertThat(browser.text()).contains("What is withheld, and why", "[police officer]");
            browser.type("rationale", "Reviewed: every third party is withheld and nothing else");
            browser.capture("police-subject-access-review");
            browser.click("Release the disclosure").expectHeading("Subject access request for child-1");
            browser.reloadUntil(URI.create(browser.driver().getCurrentUrl()), "Download the disclosure (PDF)");
            browser.capture("police-subject-access-released");
        }
    }

    /**
     * A DSL of Clapton Park Academy (Hackney, so the MPS) reports, reviews and refers a case through the API: no
     * criterion met, referred on the school's judgement.
     */
    private static String referACaseInHackney(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-100001");
        ActorClient.Reply reported = school.post("/api/cases", """
                {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-11-27T08:40:00Z",
                 "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
                 "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
                 "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]},
                              {"ref": "child-2", "age": 14, "yearGroup": "Year 9", "roles": ["RECEIVED"]}]}""");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        ActorClient.Reply reviewed = school.post("/api/cases/" + caseId + "/initial-review", """
                {"heldAt": "2026-11-27T11:00:00Z", "attendees": [{"name": "A. Kaur", "role": "DSL"}],
                 "criteria": {"ADULT_INVOLVED": false, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                              "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                              "IMMEDIATE_RISK_OF_HARM": false},
                 "considerations": {"viewingNeeded": false, "otherSchoolsInvolved": false, "informParents": true}}""");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        ActorClient.Reply referred = school.post(
                "/api/cases/" + caseId + "/referral",
                "{\"referredTo\": [\"POLICE\"], \"reasons\": \"Parents asked for police advice\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(204);
        return caseId;
    }
}
