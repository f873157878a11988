package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The agency portal's referral pages (ADR 0022), signed in as children's social care's worker: the referral with its
 * acknowledgement due, acknowledging it, starting section 47 enquiries, an outcome refused without a choice and then
 * recorded; an auditor reads the page without the buttons and cannot acknowledge. {@code csc-it-acts} serves E06000013.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class ReferralPortalIT {

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private MockMvc mvc;

    @AfterAll
    static void close() {
        bus.close();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor user)
            throws Exception {
        return mvc.perform(request.with(user)).andReturn().getResponse();
    }

    @Test
    void socialCareAcknowledgesAndRecordsSection47OnThePortal() throws Exception {
        RequestPostProcessor worker = PortalSignIn.as("sw.acts", "AGENCY", "csc-it-acts", "Sam Adeyemi");
        RequestPostProcessor auditor = PortalSignIn.as("ig.officer", "AUDITOR", "casebridge-ig", "I. G. Officer");
        String caseId = UUID.randomUUID().toString();
        bus.publish(new ReferralMadeEvent(
                caseId,
                "100001",
                "E06000013",
                "MPS",
                List.of("CHILDRENS_SOCIAL_CARE"),
                List.of("COERCION_OR_GROOMING_OR_CAPACITY"),
                List.of(new ChildSummary("child-1", 13, "Year 8", List.of("PICTURED"))),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(40))
                .until(() -> perform(get("/portal/referrals"), worker)
                        .getContentAsString()
                        .contains(caseId));
        String page = "/portal/referrals/" + caseId;
        assertThat(perform(get(page), worker).getContentAsString())
                .contains("Referral from Clapton Park Academy", "Due by", "Acknowledge the referral")
                .doesNotContain("Overdue");
        Instant due = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new StrategyActionAssignedEvent(
                caseId, "MPS", "meeting-1", "action-1", "CHILDRENS_SOCIAL_CARE", "csc-it-acts", due, Instant.now()));
        bus.publish(new StrategyActionAssignedEventV2(
                caseId,
                "MPS",
                "meeting-1",
                "action-1",
                "SAFETY_PLAN",
                "CHILDRENS_SOCIAL_CARE",
                "csc-it-acts",
                due,
                Instant.now()));
        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() -> assertThat(perform(get(page), worker).getContentAsString())
                        .contains("Put a safety plan in place for the child")
                        .containsOnlyOnce("id=\"complete-action-1\""));

        MockHttpServletResponse refused =
                perform(post(page + "/acknowledgement").with(csrf()), auditor);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("You cannot do this");
        assertThat(perform(get(page), auditor).getContentAsString())
                .contains("Clapton Park Academy, referred")
                .doesNotContain("Acknowledge the referral");

        assertThat(perform(post(page + "/acknowledgement").with(csrf()), worker).getRedirectedUrl())
                .isEqualTo(page);
        var again = mvc.perform(post(page + "/acknowledgement").with(csrf()).with(worker))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(again.getFlashMap().get("success")).isEqualTo("The referral was already acknowledged");
        assertThat(again.getFlashMap().get("problem")).isNull();
        assertThat(perform(get(page), worker).getContentAsString())
                .contains("Acknowledged")
                .doesNotContain("Acknowledge the referral");

        perform(post(page + "/section-47-enquiries").with(csrf()), worker);
        assertThat(mvc.perform(post(page + "/section-47-outcome").with(csrf()).with(worker))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .asString()
                .contains("Choose the outcome");
        perform(post(page + "/section-47-outcome").with(csrf()).param("outcome", "CHILD_IN_NEED_SUPPORT"), worker);
        assertThat(perform(get(page), worker).getContentAsString())
                .contains("Outcome: The child is in need: support under section 17")
                .doesNotContain("What did the enquiries conclude?");
    }
}
