package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The DSL portal in a real browser on the real stack: the DSL of Clapton Park Academy reports an incident question
 * by question (meeting the error summary on the way), checks the answers, gets the case reference, records an
 * initial review in which an adult is involved, is told the case must be referred, refers it to the police and sees
 * the case as a task list awaiting the police. Each main page is captured and checked with axe-core.
 */
@ExtendWith(WholeStack.class)
class CasePortalBrowserIT {

    @Test
    void theDslReportsReviewsAndRefersACase(LocalStack stack) {
        URI portal = stack.baseUri(Service.CASE).resolve("/portal");
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "dsl.clapton").expectHeading("Cases");
            browser.capture("case-list");

            press(browser, "Report an incident", "How did the incident come to light?");
            press(browser, "Continue", "How did the incident come to light?");
            assertThat(browser.text()).contains("There is a problem", "Select how the incident came to light");
            browser.capture("case-report-errors");
            browser.choose("how", "DISCLOSURE_BY_CHILD_INVOLVED")
                    .type("cameToLight-day", "27")
                    .type("cameToLight-month", "11")
                    .type("cameToLight-year", "2026")
                    .type("cameToLight-time", "08:40");
            browser.capture("case-report-how");
            press(browser, "Continue", "What is known about the image?");
            browser.choose("imagery", "NUDE")
                    .type("imageryNotes", "Described by child-1; not viewed")
                    .type("platforms", "Instagram")
                    .choose("spread", "BEYOND_SCHOOL")
                    .choose("internet", "yes")
                    .choose("schoolDevice", "no");
            browser.capture("case-report-imagery");
            press(browser, "Continue", "Child 1 involved");
            browser.type("child1-age", "14")
                    .type("child1-year", "Year 9")
                    .choose("child1-roles", "PICTURED")
                    .choose("child1-another", "yes");
            browser.capture("case-report-child");
            press(browser, "Continue", "Child 2 involved");
            browser.type("child2-age", "15")
                    .type("child2-year", "Year 10")
                    .choose("child2-roles", "RECEIVED")
                    .choose("child2-another", "no");
            press(browser, "Continue", "What happened?");
            browser.type("summary", "child-1 told her tutor that an older contact asked for more pictures");
            press(browser, "Continue", "Check your answers before reporting");
            assertThat(browser.text()).contains("A child involved told a member of staff", "Child 2 (child-2)");
            browser.capture("case-report-check");

            press(browser, "Report incident", "Incident reported");
            String caseId = browser.find(By.id("case-reference")).getDomAttribute("data-case-id");
            String reference = browser.find(By.id("case-reference")).getText();
            assertThat(reference).matches("CPA-20\\d\\d-\\d{4,}");
            browser.capture("case-report-confirmation");

            press(browser, "Go to the case", "Reported");
            browser.capture("case-page-reported");
            press(browser, "Initial review", "Record the initial review");
            browser.type("heldAt-day", "27")
                    .type("heldAt-month", "11")
                    .type("heldAt-year", "2026")
                    .type("heldAt-time", "10:00")
                    .type("attendees", "A. Kaur, DSL\nB. Jones, Head of Year 9")
                    .choose("ADULT_INVOLVED", "yes")
                    .choose("COERCION_OR_GROOMING_OR_CAPACITY", "yes")
                    .choose("UNUSUAL_OR_VIOLENT_ACTS", "no")
                    .choose("UNDER_13_SEXUAL_ACTS", "no")
                    .choose("IMMEDIATE_RISK_OF_HARM", "no")
                    .choose("viewingNeeded", "no")
                    .choose("otherSchoolsInvolved", "no")
                    .choose("informParents", "yes");
            browser.capture("case-initial-review");
            press(browser, "Save the initial review", "Refer the case");
            assertThat(browser.text()).contains("This case must be referred", "an adult is involved");
            browser.capture("case-referral");

            browser.choose("referredTo", "POLICE").type("reasons", "An older contact asked child-1 for pictures.");
            press(browser, "Refer", "Referred");
            browser.reloadUntil(portal.resolve("/portal/cases/" + caseId), "Awaiting the police");
            assertThat(browser.text()).contains("Referred to The police", "Timeline");
            browser.capture("case-page-referred");

            browser.open(portal.resolve("/portal/cases?filter=AWAITING_POLICE")).expectHeading("Cases");
            assertThat(browser.text()).contains(reference);
            browser.capture("case-list-awaiting-police");
        }
    }

    /** Presses the button and expects the next page; if another page comes, the failure says what it shows. */
    private static void press(PortalBrowser browser, String button, String heading) {
        browser.click(button).expectHeading(heading);
    }
}
