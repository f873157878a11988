package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The DSL's amendment pages in a real browser on the real stack: after reporting a case, the DSL of Clapton Park
 * Academy adds a child found later (meeting the error summary first), corrects a child's age with the reason, and sets
 * and lifts a legal hold on the personal details. Each page is captured and checked with axe-core.
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
