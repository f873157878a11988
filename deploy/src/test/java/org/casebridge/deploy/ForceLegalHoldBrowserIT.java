package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A force's legal hold reaching the school's case on the real stack (ADR 0081, ADR 0087, ADR 0089): Hollybank Academy
 * refers a case to West Midlands Police over the API; the force's auditor ({@code wmp-auditor}, the identity provider's
 * demo auditor of the force) reads the escalation and the audit trail's verification and places a legal hold on it,
 * which an auditor of another force may not; the school's DSL sees on the case page which force placed it and when,
 * never why; the force's auditor lifts it and the page says so. Each case page is captured and checked with axe-core.
 */
@ExtendWith(WholeStack.class)
class ForceLegalHoldBrowserIT {

    private static final String SCHOOL_URN = "103456";
    private static final String REASON = "IOPC inquiry into the handling of this report";
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    @Test
    void theForcesAuditorHoldsTheEscalationAndTheSchoolsDslSeesTheHoldAndItsLift(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient auditor = ActorClient.of(stack, Service.POLICE_LIAISON, "wmp-auditor");
        ActorClient otherForcesAuditor = ActorClient.of(stack, Service.POLICE_LIAISON, "mps-auditor");
        String caseId = referredToThePolice(school);
        await("the escalation in West Midlands Police's service")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(
                                auditor.get("/api/escalations/" + caseId).status())
                        .isEqualTo(200));
        ActorClient.Reply verification = auditor.get("/api/audit/verification");
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().has("verified")).isTrue();

        ActorClient.Reply unseen = otherForcesAuditor.get("/api/escalations/" + caseId);
        assertThat(unseen.status())
                .as("another force's auditor: the escalation is not its business")
                .isEqualTo(404);
        ActorClient.Reply refused = otherForcesAuditor.post(
                "/api/escalations/" + caseId + "/legal-hold", "{\"reason\": \"" + REASON + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        ActorClient.Reply placed =
                auditor.post("/api/escalations/" + caseId + "/legal-hold", "{\"reason\": \"" + REASON + "\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(204);

        URI page = stack.baseUri(Service.CASE).resolve("/portal/cases/" + caseId);
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(page, "dsl.hollybank");
            browser.reloadUntil(page, "placed a legal hold");
            assertThat(browser.find(By.id("police-legal-hold")).getText())
                    .startsWith("Police legal hold The police (West Midlands Police, WMP) placed a legal hold on their"
                            + " record of this case on ")
                    .contains("are not erased")
                    .doesNotContain(REASON);
            browser.capture("case-police-legal-hold");

            ActorClient.Reply lifted = auditor.post(
                    "/api/escalations/" + caseId + "/legal-hold/lifting",
                    "{\"reason\": \"The IOPC closed its inquiry\"}");
            assertThat(lifted.status()).as(lifted.body()).isEqualTo(204);
            browser.reloadUntil(page, "lifted it on");
            assertThat(browser.find(By.id("police-legal-hold")).getText())
                    .startsWith("Police legal hold lifted The police (West Midlands Police, WMP) placed a legal hold")
                    .contains("; the police (West Midlands Police, WMP) lifted it on ");
            browser.capture("case-police-legal-hold-lifted");
        }
    }

    private static String referredToThePolice(ActorClient school) {
        ActorClient.Reply reported = school.post("/api/cases", CrossServiceIT.REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        ActorClient.Reply reviewed = school.post(
                "/api/cases/" + caseId + "/initial-review",
                JourneySteps.initialReview("Seen separately", "ADULT_INVOLVED"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        ActorClient.Reply referred = school.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult."}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(204);
        return caseId;
    }
}
