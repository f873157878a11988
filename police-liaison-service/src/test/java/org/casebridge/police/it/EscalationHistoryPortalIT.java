package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "View as at" on the police portal (ADR 0047): the escalation page links each timeline entry to the escalation as it
 * stood then, shown as a historical view without its next steps; a typed time to come or before the police received
 * it is an error on the form; another force's escalation is not found; each view is recorded as an as-of read.
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class EscalationHistoryPortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.asat", Actor.Role.POLICE_LIAISON, FORCE);

    @Test
    void theTimelineLinksToAHistoricalViewWithoutNextSteps() throws Exception {
        String caseId = referral();
        Instant received = queries.detail(caseId, OFFICER).receivedAt();
        MvcResult accepted = mvc.perform(post("/portal/escalations/" + caseId + "/acceptance")
                        .with(as(OFFICER))
                        .with(csrf()))
                .andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> queries.detail(caseId, OFFICER).acceptedAt() != null);

        String live = page(get("/portal/escalations/" + caseId), 200);
        assertThat(live)
                .contains(
                        "id=\"view-as-at\"",
                        "id=\"as-at-form\"",
                        "/portal/escalations/" + caseId + "/as-at?at=" + received)
                .doesNotContain("Historical view");

        String then = page(get("/portal/escalations/" + caseId + "/as-at").param("at", received.toString()), 200);
        assertThat(then)
                .contains("Historical view", "Nothing can be recorded or changed from this page", "id=\"as-at-form\"")
                .contains("govuk-tag--blue")
                .doesNotContain(
                        "Accepted by " + OFFICER.id(),
                        "Next steps",
                        "id=\"accept\"",
                        "Record the crime",
                        "/acceptance\"");
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND path = ?",
                        String.class,
                        caseId,
                        "/portal/escalations/" + caseId + "/as-at"))
                .containsExactly("escalation-as-of");
    }

    @Test
    void aTypedTimeToComeOrBeforeTheEscalationIsAnErrorAndAnotherForceFindsNothing() throws Exception {
        String caseId = referral();
        String future = page(
                get("/portal/escalations/" + caseId + "/as-at")
                        .param("asAt-day", "1")
                        .param("asAt-month", "1")
                        .param(
                                "asAt-year",
                                String.valueOf(
                                        Instant.now().atZone(ZoneOffset.UTC).getYear() + 2))
                        .param("asAt-time", "10:00"),
                200);
        assertThat(future).contains("govuk-error-summary", "is in the future").doesNotContain("Historical view");
        String tooEarly = page(
                get("/portal/escalations/" + caseId + "/as-at")
                        .param("asAt-day", "1")
                        .param("asAt-month", "1")
                        .param("asAt-year", "2020")
                        .param("asAt-time", "10:00"),
                200);
        assertThat(tooEarly)
                .contains("The police had not received the escalation yet at that time")
                .contains("Escalation " + caseId.substring(0, 8) + "</span>")
                .doesNotContain("Escalation " + caseId + "</span>");

        MvcResult otherForce = mvc.perform(get("/portal/escalations/" + caseId + "/as-at")
                        .param("at", Instant.now().toString())
                        .with(as(new Actor("pc-mps", Actor.Role.POLICE_LIAISON, "MPS"))))
                .andReturn();
        assertThat(otherForce.getResponse().getStatus()).isEqualTo(404);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(as(OFFICER))).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private String referral() throws Exception {
        return received(SchoolReferral.to(FORCE)
                .children(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")))
                .referredAt(Instant.now().minusSeconds(7200)));
    }
}
