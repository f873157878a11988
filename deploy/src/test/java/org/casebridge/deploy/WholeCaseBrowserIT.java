package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Whole cases through the three portals in real browsers, with no API call: Hackney children's social care
 * subscribes; the DSL of Clapton Park Academy reports and refers; the MPS liaison officer accepts, records the crime
 * and proposes Outcome 21 (or, in the aggravated case, finds coercion and convenes a strategy meeting); the
 * supervisor signs the outcome off; the DSL sees what the police decided on the case, and the agency sees the case
 * it was sent.
 */
@ExtendWith(WholeStack.class)
class WholeCaseBrowserIT {

    /** The reference each reported case was given (ADR 0048); the police name the case by it (ADR 0062). */
    private static final java.util.Map<String, String> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String HACKNEY = "E09000012";
    /** The words of the strategy action type SAFETY_PLAN, which the school sees. */
    private static final String SAFETY_PLAN = "Put a safety plan in place for the child";

    @Test
    void theStraightforwardCaseEndsWithOutcome21SeenByTheSchoolAndTheAgency(LocalStack stack) {
        URI cases = stack.baseUri(Service.CASE).resolve("/portal");
        URI police = stack.baseUri(Service.POLICE_LIAISON).resolve("/portal");
        URI agency = stack.baseUri(Service.NOTIFICATION).resolve("/portal");

        try (PortalBrowser csc = PortalBrowser.start()) {
            subscribeToHackneyReferralsAndOutcomes(csc.signIn(agency, "csc.hackney"));
        }

        String caseId;
        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(cases, "dsl.clapton").expectHeading("Cases");
            caseId = reportACase(dsl, "Two Year 9 pupils exchanged images; both told their tutor.");
            reviewTheCase(dsl, false);
            dsl.expectHeading("Reviewed").click("Refer or handle in school").expectHeading("Refer the case");
            dsl.choose("referredTo", "POLICE")
                    .choose("referredTo", "CHILDRENS_SOCIAL_CARE")
                    .type("reasons", "The parents asked for police advice; social care knows the family.");
            dsl.click("Refer").expectHeading("Referred");
        }

        String shortId = REFERENCES.get(caseId);
        URI escalation = police.resolve("/portal/escalations/" + caseId);
        try (PortalBrowser officer = PortalBrowser.start()) {
            officer.signIn(police, "officer.mps").expectHeading("Escalations");
            acceptAndRecordTheCrime(officer, police, escalation, shortId);
            officer.reloadUntil(escalation, "Assess the aggravating factors");
            officer.click("Assess the aggravating factors").expectHeading("Assess the aggravating factors");
            officer.choose("found", "no").click("Save the assessment").expectHeading("Escalation " + shortId);
            officer.reloadUntil(escalation, "Propose an outcome");
            officer.click("Propose an outcome").expectHeading("Propose an outcome");
            officer.choose("outcome", "OUTCOME_21")
                    .type(
                            "rationale",
                            "Consensual exchange between peers of the same"
                                    + " age, no aggravating factor; a criminal justice response is not in the public interest.");
            officer.click("Propose the outcome").expectHeading("Escalation " + shortId);
        }

        try (PortalBrowser supervisor = PortalBrowser.start()) {
            supervisor
                    .signIn(police.resolve("/portal/sign-off"), "supervisor.mps")
                    .expectHeading("Outcomes to sign off");
            supervisor.reloadUntil(police.resolve("/portal/sign-off"), shortId);
            supervisor
                    .open(police.resolve("/portal/escalations/" + caseId + "/outcome-decision"))
                    .expectHeading("Decide on the proposed outcome");
            supervisor
                    .choose("decision", "sign-off")
                    .click("Confirm the decision")
                    .expectHeading("Escalation " + shortId);
            assertThat(supervisor.text()).contains("You signed off the outcome");
        }

        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(cases.resolve("/portal/cases/" + caseId), "dsl.clapton");
            dsl.reloadUntil(cases.resolve("/portal/cases/" + caseId), "Outcome 21");
            assertThat(dsl.find(By.id("police-decisions")).getText())
                    .contains(
                            "Referral accepted by MPS", "Outcome 21: further investigation not in the public interest")
                    .doesNotContain("OUTCOME_21");
            dsl.capture("whole-case-school-sees-the-outcome");
        }

        try (PortalBrowser csc = PortalBrowser.start()) {
            csc.signIn(agency.resolve("/portal/cases"), "csc.hackney").expectHeading("Cases");
            String named = REFERENCES.get(caseId) + ", Clapton Park Academy, referred ";
            csc.reloadUntil(agency.resolve("/portal/cases/" + caseId), named);
            assertThat(csc.heading())
                    .as("the school's reference names the case (ADR 0062)")
                    .startsWith(named);
            assertThat(csc.text())
                    .as("the agency reads the case by its school and area, never by its id")
                    .contains("Hackney")
                    .doesNotContain(caseId);
            csc.capture("whole-case-agency-sees-the-case");
        }
    }

    @Test
    void theAggravatedCaseIsForcedToThePoliceWhoConveneAStrategyMeeting(LocalStack stack) {
        URI cases = stack.baseUri(Service.CASE).resolve("/portal");
        URI police = stack.baseUri(Service.POLICE_LIAISON).resolve("/portal");

        String caseId;
        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(cases, "dsl.clapton").expectHeading("Cases");
            caseId = reportACase(dsl, "A pupil was pressed by an older online contact to send more images.");
            reviewTheCase(dsl, true);
            dsl.expectHeading("Refer the case");
            assertThat(dsl.text()).contains("This case must be referred");
            dsl.click("Refer").expectHeading("Refer the case");
            assertThat(dsl.text())
                    .as("a forced referral still needs someone to refer to")
                    .contains("There is a problem");
            dsl.choose("referredTo", "POLICE").choose("referredTo", "CHILDRENS_SOCIAL_CARE");
            dsl.click("Refer").expectHeading("Referred");
        }

        String shortId = REFERENCES.get(caseId);
        URI escalation = police.resolve("/portal/escalations/" + caseId);
        try (PortalBrowser officer = PortalBrowser.start()) {
            officer.signIn(police, "officer.mps").expectHeading("Escalations");
            acceptAndRecordTheCrime(officer, police, escalation, shortId);
            officer.reloadUntil(escalation, "Assess the aggravating factors");
            officer.click("Assess the aggravating factors").expectHeading("Assess the aggravating factors");
            officer.choose("found", "yes")
                    .choose("factors", "COERCION_OR_BLACKMAIL")
                    .type("notes-COERCION_OR_BLACKMAIL", "An adult contact threatened to share the image.")
                    .click("Save the assessment")
                    .expectHeading("Escalation " + shortId);

            officer.open(police.resolve("/portal/escalations/" + caseId + "/strategy-meetings"))
                    .expectHeading("Strategy meetings");
            officer.type("scheduledFor-day", "30")
                    .type("scheduledFor-month", "11")
                    .type("scheduledFor-year", "2026")
                    .type("scheduledFor-time", "14:00")
                    .type("venue", "Hackney MASH, video call")
                    .choose("invitees", "SCHOOL")
                    .choose("invitees", "CHILDRENS_SOCIAL_CARE")
                    .choose("invitees", "POLICE");
            officer.click("Convene the meeting");
            assertThat(officer.text()).contains("Hackney MASH");
            officer.capture("whole-case-strategy-meeting");

            officer.expectHeading("Strategy meeting on 30 November 2026 at 2:00pm");
            officer.choose("attended", "0").choose("attended", "1").choose("attended", "2");
            officer.click("Record attendance");
            LocalDate due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
            officer.choose("actionType", "SAFETY_PLAN")
                    .type("description", "Agree a safety plan with the pupil and her parents.")
                    .find(
                            By.xpath(
                                    "//input[@name='owner']/following-sibling::label[starts-with(normalize-space(.), 'School')]"))
                    .click();
            officer.type("dueBy-day", String.valueOf(due.getDayOfMonth()))
                    .type("dueBy-month", String.valueOf(due.getMonthValue()))
                    .type("dueBy-year", String.valueOf(due.getYear()))
                    .click("Give the action");
            assertThat(officer.text())
                    .contains("You gave the action to Clapton Park Academy")
                    .doesNotContain("There is a problem");
            officer.reloadUntil(URI.create(officer.driver().getCurrentUrl()), "Agree a safety plan with the pupil");
            assertThat(officer.find(By.tagName("table")).getText())
                    .as("the action says what kind it is, and what the officer wrote, to the police")
                    .contains(SAFETY_PLAN, "Agree a safety plan with the pupil");
            officer.capture("whole-case-strategy-action");

            officer.type("decision", "Police to speak to the online contact's platform about the account.")
                    .awaitDraftSaved("decision");
            officer.open(URI.create(officer.driver().getCurrentUrl()));
            assertThat(officer.value("decision"))
                    .as("the meeting's decision is kept as a draft while the meeting goes on")
                    .isEqualTo("Police to speak to the online contact's platform about the account.");
            officer.capture("police-strategy-meeting-draft");
        }

        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(cases.resolve("/portal/cases/" + caseId), "dsl.clapton");
            dsl.reloadUntil(cases.resolve("/portal/cases/" + caseId), "Referral accepted by MPS");
            assertThat(dsl.text()).contains("Awaiting the police");
            dsl.reloadUntil(cases.resolve("/portal/cases/" + caseId), SAFETY_PLAN);
            assertThat(dsl.text())
                    .as("the school sees what its action is, never the police's own description")
                    .doesNotContain("Agree a safety plan with the pupil");
        }
    }

    private static void subscribeToHackneyReferralsAndOutcomes(PortalBrowser csc) {
        csc.expectHeading("Subscriptions").click("Create a subscription").expectHeading("Create a subscription");
        csc.choose("eventTypes", "org.casebridge.school.referral-made.v1")
                .choose("eventTypes", "org.casebridge.school.escalation-made.v1")
                .choose("eventTypes", "org.casebridge.police.outcome-assigned.v1")
                .type("areas", HACKNEY)
                .choose("scope", "ALL_IN_AREA")
                .choose("channel", "KAFKA")
                .choose("article6", "PUBLIC_TASK")
                .choose("schedule1Condition", "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK");
        csc.find(By.id("create")).click();
        csc.expectHeading("Subscription");
        assertThat(csc.text()).contains("Subscription created");
    }

    /** The DSL reports an incident with two children, question by question, and returns the case id. */
    private static String reportACase(PortalBrowser dsl, String summary) {
        dsl.click("Report an incident").expectHeading("How did the incident come to light?");
        dsl.choose("how", "DISCLOSURE_BY_CHILD_INVOLVED")
                .type("cameToLight-day", "27")
                .type("cameToLight-month", "11")
                .type("cameToLight-year", "2026")
                .type("cameToLight-time", "08:40");
        dsl.click("Continue").expectHeading("What is known about the image?");
        dsl.choose("imagery", "SEMI_NUDE")
                .type("platforms", "Snapchat")
                .choose("spread", "ONE_RECIPIENT")
                .choose("internet", "no")
                .choose("schoolDevice", "no");
        dsl.click("Continue").expectHeading("Child 1 involved");
        dsl.type("child1-age", "14")
                .type("child1-year", "Year 9")
                .choose("child1-roles", "PICTURED")
                .choose("child1-another", "yes");
        dsl.click("Continue").expectHeading("Child 2 involved");
        dsl.type("child2-age", "14")
                .type("child2-year", "Year 9")
                .choose("child2-roles", "RECEIVED")
                .choose("child2-another", "no");
        dsl.click("Continue").expectHeading("What happened?");
        dsl.type("summary", summary);
        dsl.click("Continue").expectHeading("Check your answers before reporting");
        dsl.click("Report incident").expectHeading("Incident reported");
        String caseId = dsl.find(By.id("case-reference")).getDomAttribute("data-case-id");
        REFERENCES.put(caseId, dsl.find(By.id("case-reference")).getText().strip());
        dsl.click("Go to the case").expectHeading("Reported");
        return caseId;
    }

    static void reviewTheCase(PortalBrowser dsl, boolean adultInvolved) {
        dsl.click("Initial review").expectHeading("Record the initial review");
        dsl.type("heldAt-day", "27")
                .type("heldAt-month", "11")
                .type("heldAt-year", "2026")
                .type("heldAt-time", "10:00")
                .type("attendees", "A. Kaur, DSL\nB. Jones, Head of Year 9")
                .choose("ADULT_INVOLVED", adultInvolved ? "yes" : "no")
                .choose("COERCION_OR_GROOMING_OR_CAPACITY", adultInvolved ? "yes" : "no")
                .choose("UNUSUAL_OR_VIOLENT_ACTS", "no")
                .choose("UNDER_13_SEXUAL_ACTS", "no")
                .choose("IMMEDIATE_RISK_OF_HARM", "no")
                .choose("viewingNeeded", "no")
                .choose("otherSchoolsInvolved", "no")
                .choose("informParents", "yes");
        dsl.click("Save the initial review");
    }

    private static void acceptAndRecordTheCrime(PortalBrowser officer, URI police, URI escalation, String shortId) {
        officer.reloadUntil(police.resolve("/portal/escalations?status=new&sort=due"), shortId);
        officer.click(shortId).expectHeading("Escalation " + shortId);
        officer.click("Accept the escalation").expectHeading("Escalation " + shortId);
        officer.reloadUntil(escalation, "Record the crime");
        officer.click("Record the crime").expectHeading("Record the crime");
        officer.choose("classification", "86/02")
                .type("crimeReference", String.format("%07d/26", (long) (Math.random() * 10_000_000)))
                .choose("role-child-1", "VICTIM")
                .choose("role-child-2", "PERSON_INVOLVED");
        officer.find(By.cssSelector("main form button.govuk-button")).click();
        officer.expectHeading("Escalation " + shortId);
        assertThat(officer.text()).contains("You recorded the crime");
    }
}
