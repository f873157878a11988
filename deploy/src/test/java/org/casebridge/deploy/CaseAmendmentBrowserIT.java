package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The DSL's amendment pages in a real browser on the real stack: after reporting a case, the DSL of Clapton Park
 * Academy adds a child found later (meeting the error summary first), corrects a child's age with the reason, and sets
 * and lifts a legal hold on the personal details, and sees one child's personal details and another's "No details on
 * file". The second walk covers the round-one pages and the transfer and erasure pages. Each page is captured and
 * checked with axe-core.
 */
@ExtendWith(WholeStack.class)
class CaseAmendmentBrowserIT {

    @Test
    void theDslAddsAChildCorrectsAnAgeAndSetsALegalHold(LocalStack stack) {
        URI portal = stack.baseUri(Service.CASE).resolve("/portal");
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "dsl.clapton").expectHeading("Cases");
            String caseId = reportACase(browser);

            press(browser, "Add a child found later", "Add a child found later");
            browser.capture("case-add-child");
            press(browser, "Add the child", "Add a child found later");
            assertThat(browser.text()).contains("There is a problem", "Enter the child's age", "Enter why the child");
            browser.capture("case-add-child-errors");
            browser.type("age", "13")
                    .type("year", "Year 8")
                    .choose("roles", "RECEIVED")
                    .type("given", "Sam")
                    .type("family", "Okoro")
                    .type("dob-day", "2")
                    .type("dob-month", "5")
                    .type("dob-year", "2013")
                    .type("reason", "child-3 came forward on Monday and named child-1 as the sender.");
            press(browser, "Add the child", "Reported");
            assertThat(browser.text()).contains("child-3 is added to the case", "child-3: age 13, Year 8");

            press(browser, "Correct child-1’s age, year group or roles", "Correct child-1’s details");
            browser.capture("case-correct-child");
            browser.find(By.id("age")).clear();
            browser.type("age", "13").type("reason", "Date of birth checked with the admissions record.");
            press(browser, "Record the correction", "Reported");
            assertThat(browser.text()).contains("The correction of child-1 is recorded", "child-1 corrected from");

            browser.click("Show personal details").expectHeading("Children's personal details");
            browser.capture("case-personal-details");
            browser.type("purpose-child-3", "To tell children's social care who the child is");
            browser.find(By.id("show-child-3")).click();
            browser.expectHeading("Personal details of child-3");
            assertThat(browser.text()).contains("Sam Okoro");
            browser.capture("case-child-personal-details");
            browser.open(portal.resolve("/portal/cases/" + caseId + "/children/child-1/personal-details"))
                    .expectHeading("No details on file");
            assertThat(browser.find(By.id("no-details")).getText())
                    .isEqualTo("The school did not record the name, date of birth or UPN of child-1 when it reported"
                            + " the case.");
            browser.capture("case-no-personal-details");
            browser.click("Back to the children's personal details").expectHeading("Children's personal details");
            browser.click("Back to the case").expectHeading("Reported");

            press(browser, "Set a legal hold on the personal details", "Set a legal hold");
            browser.capture("case-legal-hold");
            browser.type("reason", "Solicitor's letter: a civil claim about this incident is expected.");
            press(browser, "Set the legal hold", "Reported");
            assertThat(browser.text()).contains("The legal hold is set", "Legal hold");
            browser.capture("case-page-legal-hold");
            press(browser, "Lift the legal hold", "Lift the legal hold");
            browser.capture("case-lift-legal-hold");
            browser.type("reason", "The family's solicitor withdrew the claim in writing.");
            press(browser, "Lift the legal hold", "Reported");
            assertThat(browser.text()).contains("The legal hold is lifted");
            browser.open(portal.resolve("/portal/cases/" + caseId)).expectHeading("Reported");
        }
    }

    /**
     * The pages of round one that had no browser test, and the file transfer and erasure pages: the DSL records support
     * for a child, is told to hold the initial review before recording a child's own deletion, holds it, records the
     * deletion, sends child-1's record to Hollybank Academy, whose DSL finds it among the
     * records transferred to them, opens it and confirms receipt; the DSL of Clapton Park then erases the personal
     * details (through the "Are you sure?" page) and escalates the case to the police with new information.
     */
    @Test
    void theDslRecordsSupportSendsARecordToANewSchoolErasesTheDetailsAndEscalates(LocalStack stack) {
        URI portal = stack.baseUri(Service.CASE).resolve("/portal");
        String caseId;
        String reference;
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "dsl.clapton").expectHeading("Cases");
            caseId = reportACase(browser);
            reference = browser.find(By.className("govuk-caption-l")).getText().replace("Case ", "");

            press(browser, "Record support for a child", "Record support for a child");
            browser.capture("case-support");
            browser.choose("childRef", "child-1")
                    .choose("supportType", "REPORT_REMOVE_SIGNPOSTED")
                    .type("description", "Shown how to use Report Remove with Childline; she made a report.");
            press(browser, "Record support", "Reported");
            assertThat(browser.text()).doesNotContain("There is a problem");

            press(
                    browser,
                    "Record that a child deleted the imagery themselves",
                    "A child deleted the imagery themselves");
            browser.capture("case-own-deletion");
            browser.choose("childRef", "child-2")
                    .type("confirmation", "child-2 confirmed deleting it from the phone, recently deleted and cloud.");
            browser.click("Record the deletion").find(By.className("govuk-error-summary"));
            assertThat(browser.text())
                    .as("the initial review comes first, and the refusal names no case id")
                    .contains("Record the initial review of this case before")
                    .doesNotContain(caseId);
            browser.capture("case-own-deletion-errors");

            browser.click("Back to the case").expectHeading("Reported");
            WholeCaseBrowserIT.reviewTheCase(browser, false);
            browser.expectHeading("Reviewed");
            press(
                    browser,
                    "Record that a child deleted the imagery themselves",
                    "A child deleted the imagery themselves");
            browser.choose("childRef", "child-2")
                    .type("confirmation", "child-2 confirmed deleting it from the phone, recently deleted and cloud.");
            press(browser, "Record the deletion", "Reviewed");
            assertThat(browser.text()).doesNotContain("There is a problem");

            LocalDate starts = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
            press(
                    browser,
                    "Send the record of child-1 to a new school",
                    "Send the record of child-1 to the new school");
            browser.capture("case-transfer");
            browser.type("toSchoolUrn", "103456")
                    .type("startsOn-day", String.valueOf(starts.getDayOfMonth()))
                    .type("startsOn-month", String.valueOf(starts.getMonthValue()))
                    .type("startsOn-year", String.valueOf(starts.getYear()))
                    .type("reason", "child-1 moves to Hollybank Academy after the family moved house.");
            press(browser, "Send the record", "Reviewed");
            assertThat(browser.text()).contains("The record of child-1 is sent to Hollybank Academy");
        }

        try (PortalBrowser receiver = PortalBrowser.start()) {
            URI transfers = portal.resolve("/portal/transfers");
            receiver.signIn(transfers, "dsl.hollybank").expectHeading("Records transferred to us");
            receiver.reloadUntil(transfers, reference);
            receiver.capture("case-transfers");
            receiver.find(By.xpath("//tr[td[normalize-space(.)=" + PortalBrowser.xpathLiteral(reference) + "]]//a"))
                    .click();
            receiver.expectHeading("Record of child-1 from case " + reference);
            assertThat(receiver.text()).contains("child-1");
            receiver.capture("case-transferred-record");
            URI record = URI.create(receiver.driver().getCurrentUrl());
            receiver.click("Confirm receipt").find(By.className("govuk-notification-banner--success"));
            assertThat(receiver.text()).contains("Receipt is confirmed");
            receiver.reloadUntil(record, "Confirmed ");
            assertThat(receiver.find(By.id("receipt")).getText()).startsWith("Confirmed ");
        }

        try (PortalBrowser browser = PortalBrowser.start()) {
            URI page = portal.resolve("/portal/cases/" + caseId);
            browser.signIn(page, "dsl.clapton").expectHeading("Reviewed");
            browser.click("Show personal details").expectHeading("Children's personal details");
            press(browser, "Erase personal details", "Erase the children's personal details");
            browser.capture("case-erasure");
            browser.type("reason", "The retention period ended: the family asked for erasure and nothing is pending.");
            press(browser, "Continue", "Are you sure you want to erase the children's personal details?");
            browser.capture("case-erasure-confirmation");
            press(browser, "Yes, erase the personal details", "Reviewed");
            browser.open(portal.resolve("/portal/cases/" + caseId + "/children/child-1/personal-details"))
                    .expectHeading("No details on file");
            assertThat(browser.find(By.id("no-details")).getText()).contains("were erased");

            browser.open(page).expectHeading("Reviewed");
            press(browser, "Escalate the case with new information", "Escalate the case");
            browser.capture("case-escalation");
            browser.choose("referredTo", "POLICE")
                    .type("newInformation", "child-2 says the image was sent on to pupils at another school.");
            press(browser, "Escalate", "Referred");
            assertThat(browser.text()).doesNotContain("There is a problem");
        }
    }

    /** Reports a two-child case through the report pages and opens it; returns its id. */
    private static String reportACase(PortalBrowser browser) {
        press(browser, "Report an incident", "How did the incident come to light?");
        browser.choose("how", "DISCLOSURE_BY_CHILD_INVOLVED")
                .type("cameToLight-day", "27")
                .type("cameToLight-month", "11")
                .type("cameToLight-year", "2026")
                .type("cameToLight-time", "08:40");
        press(browser, "Continue", "What is known about the image?");
        browser.choose("imagery", "SEMI_NUDE")
                .type("platforms", "Snapchat")
                .choose("spread", "ONE_RECIPIENT")
                .choose("internet", "no")
                .choose("schoolDevice", "no");
        press(browser, "Continue", "Child 1 involved");
        browser.type("child1-age", "14")
                .type("child1-year", "Year 9")
                .choose("child1-roles", "PICTURED")
                .choose("child1-another", "yes");
        press(browser, "Continue", "Child 2 involved");
        browser.type("child2-age", "15")
                .type("child2-year", "Year 10")
                .choose("child2-roles", "RECEIVED")
                .choose("child2-another", "no");
        press(browser, "Continue", "What happened?");
        browser.type("summary", "child-1 told her tutor that child-2 forwarded a picture");
        press(browser, "Continue", "Check your answers before reporting");
        press(browser, "Report incident", "Incident reported");
        String caseId = browser.find(By.id("case-reference")).getDomAttribute("data-case-id");
        press(browser, "Go to the case", "Reported");
        return caseId;
    }

    private static void press(PortalBrowser browser, String button, String heading) {
        browser.click(button).expectHeading(heading);
    }
}
