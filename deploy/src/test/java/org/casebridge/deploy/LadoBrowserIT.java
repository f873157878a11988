package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The LADO route in real browsers on the shared stack (ADR 0055). Clapton Park Academy's DSL reports a case over the
 * API, then on the portal records an adult in a position of trust (the error summary first) and refers the case to the
 * LADO; the East London LADO service's officer finds it at {@code /portal/referrals}, acknowledges it, records the
 * allegation management meeting and the outcome; the DSL sees the LADO's steps on the case. Each page is captured and
 * checked with axe-core, and none shows a code or the case's id.
 */
@ExtendWith(WholeStack.class)
class LadoBrowserIT {

    private static final String SCHOOL_URN = "100001";
    private static final String REFERRAL_HEADING = "Referral from Clapton Park Academy";

    @Test
    void theDslRefersToTheLadoWhoAcknowledgesMeetsAndDecides(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient.Reply reported = school.post("/api/cases", REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();

        URI casePortal = stack.baseUri(Service.CASE).resolve("/portal/cases/" + caseId);
        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(casePortal, "dsl.clapton");
            dsl.reloadUntil(casePortal, "Record an adult in a position of trust who is or may be involved");
            dsl.click("Record an adult in a position of trust who is or may be involved")
                    .expectHeading("Record an adult in a position of trust");
            dsl.click("Record the adult").expectHeading("Record an adult in a position of trust");
            assertThat(dsl.text()).contains("There is a problem", "Select the adult's role");
            dsl.capture("case-lado-adult-errors");
            dsl.choose("role", "SUPPLY_STAFF")
                    .choose("employer", "SUPPLY_AGENCY")
                    .type("reason", "child-1 says a supply teacher asked her for the image by message.")
                    .click("Record the adult");
            dsl.reloadUntil(casePortal, "Adults in a position of trust and the LADO");
            assertThat(dsl.find(By.id("adults")).getText()).contains("adult-1", "Supply staff");
            assertThat(dsl.text()).doesNotContain("SUPPLY_STAFF", caseId);
            dsl.capture("case-lado-due");
            dsl.find(By.cssSelector("#lado-status a")).click();
            dsl.expectHeading("Refer the case to the LADO");
            dsl.capture("case-lado-referral");
            dsl.type("reason", "Allegation against a supply teacher; the agency has been told.")
                    .click("Refer to the LADO");
            dsl.reloadUntil(casePortal, "Referred to the LADO of Hackney about adult-1");
        }

        URI referrals = stack.baseUri(Service.NOTIFICATION).resolve("/portal/referrals");
        URI page = referrals.resolve("/portal/referrals/" + caseId);
        try (PortalBrowser lado = PortalBrowser.start()) {
            lado.signIn(referrals, "lado.eastlondon").expectHeading("Referrals and actions");
            lado.reloadUntil(page, "Allegation against an adult in a position of trust");
            lado.open(referrals).expectHeading("Referrals and actions");
            assertThat(lado.text()).contains("(allegation against an adult)").doesNotContain(caseId);
            lado.capture("lado-referrals");
            lado.open(page).expectHeading(REFERRAL_HEADING);
            assertThat(lado.find(By.id("lado-adults")).getText())
                    .contains("adult-1: Supply staff, employed by a supply or employment agency");
            lado.capture("lado-referral");
            lado.click("Acknowledge the LADO referral").expectHeading(REFERRAL_HEADING);
            assertThat(lado.text()).contains("The LADO referral is acknowledged");
            lado.click("Record the allegation management meeting")
                    .expectHeading("Record the allegation management meeting");
            lado.capture("lado-meeting");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            lado.type("heldOn-day", String.valueOf(today.getDayOfMonth()))
                    .type("heldOn-month", String.valueOf(today.getMonthValue()))
                    .type("heldOn-year", String.valueOf(today.getYear()))
                    .type("org-LADO", "East London LADO service")
                    .type("org-HEADTEACHER", "Clapton Park Academy")
                    .type("rationale", "The police investigate first; the agency withdraws the teacher meanwhile.")
                    .click("Record the meeting")
                    .expectHeading(REFERRAL_HEADING);
            lado.click("Record the allegation's outcome").expectHeading("Record the allegation's outcome");
            lado.capture("lado-outcome");
            lado.choose("outcome", "UNSUBSTANTIATED")
                    .type("rationale", "Not enough evidence either way after the police's enquiries.")
                    .click("Record the outcome")
                    .expectHeading(REFERRAL_HEADING);
            assertThat(lado.find(By.id("lado-outcome")).getText()).contains("Unsubstantiated");
            assertThat(lado.text()).doesNotContain("UNSUBSTANTIATED", "SUPPLY_STAFF", caseId);
            lado.capture("lado-referral-concluded");
        }

        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(casePortal, "dsl.clapton");
            dsl.reloadUntil(casePortal, "Unsubstantiated: there is not enough evidence");
            assertThat(dsl.find(By.id("timeline")).getText())
                    .contains("The LADO: referral acknowledged", "The LADO: meeting held");
            dsl.capture("case-lado-steps");
        }
    }

    private static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]}],
             "summary": "child-1 told her tutor that a supply teacher asked for a picture"}
            """;
}
