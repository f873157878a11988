package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The legal hold in the portal (ADR 0081): a supervisor sets it from the escalation with a reason (the error summary
 * when the reason is missing or too long; a control character refused), the escalation shows it with who set it, by
 * name, and the erasure button gives way to it; an auditor of the force lifts it; the timeline shows both. An officer
 * and an auditor of another organisation cannot reach the form.
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class LegalHoldPortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.hold.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("sergeant.hold.wmp", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor FORCE_AUDITOR = new Actor("ig.hold.wmp", Actor.Role.AUDITOR, FORCE);
    static final Actor PLATFORM_AUDITOR = new Actor("auditor.hold", Actor.Role.AUDITOR, "casebridge-audit");
    static final String REASON = "Complaint to the force about the handling of the referral";

    @Test
    void aSupervisorSetsAHoldThatStopsTheErasureAndAnAuditorOfTheForceLiftsIt() throws Exception {
        String caseId = withACrime(OFFICER);
        commands.sendAndWait(new FlagCrimeRecordForReviewCommand(caseId, 1, LocalDate.of(2011, 3, 1)));
        await().atMost(WAIT).until(() -> queries.detail(caseId, OFFICER).review() != null);
        String escalation = "/portal/escalations/" + caseId;
        String hold = escalation + "/legal-hold";

        assertThat(page(escalation, SUPERVISOR)).contains("Set a legal hold", hold, "Erase the personal data");
        assertThat(page(escalation, OFFICER)).doesNotContain("Set a legal hold");
        assertThat(page(escalation, PLATFORM_AUDITOR)).doesNotContain("Set a legal hold");
        assertThat(status(get(hold), OFFICER)).isEqualTo(403);
        assertThat(status(get(hold), PLATFORM_AUDITOR)).isEqualTo(403);
        assertThat(status(post(hold).with(csrf()).param("reason", REASON), OFFICER))
                .isEqualTo(403);

        assertThat(page(hold, SUPERVISOR)).contains("Set a legal hold", "Why is the escalation held?");
        assertThat(postHold(hold, SUPERVISOR, "  ").getContentAsString())
                .contains("There is a problem", "Enter why the escalation is held");
        assertThat(postHold(hold, SUPERVISOR, "x".repeat(4001)).getContentAsString())
                .contains("There is a problem", "The reason must be 4000 characters or fewer");
        assertThat(postHold(hold, SUPERVISOR, "Court\u0000 order").getStatus()).isEqualTo(400);
        assertThat(queries.detail(caseId, OFFICER).legalHold()).isNull();

        MockHttpServletResponse set = postHold(hold, SUPERVISOR, REASON);
        assertThat(set.getStatus()).isEqualTo(302);
        assertThat(set.getRedirectedUrl()).isEqualTo(escalation);
        assertThat(page(escalation, OFFICER))
                .contains("id=\"legal-hold\"", "Under a legal hold", REASON, SUPERVISOR.id())
                .doesNotContain("Set a legal hold");
        assertThat(page(escalation, SUPERVISOR))
                .contains("Lift the legal hold", "Legal hold set")
                .doesNotContain("Erase the personal data</a>");
        assertThat(page(escalation + "/personal-details/erasure", SUPERVISOR))
                .contains("The escalation is under a legal hold since");
        assertThat(mvc.perform(post(escalation + "/personal-details/erasure")
                                .with(as(SUPERVISOR))
                                .with(csrf())
                                .param("reason", "MoPI review: no further policing purpose"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "is under a legal hold set at");

        assertThat(page(escalation, FORCE_AUDITOR)).contains("Lift the legal hold");
        assertThat(page(hold, FORCE_AUDITOR)).contains("Lift the legal hold", "Held since", REASON);
        assertThat(postHold(hold, FORCE_AUDITOR, "").getContentAsString())
                .contains("There is a problem", "Enter why the legal hold is lifted");
        MockHttpServletResponse lifted = postHold(hold, FORCE_AUDITOR, "The complaint was resolved");
        assertThat(lifted.getStatus()).isEqualTo(302);

        assertThat(page(escalation, SUPERVISOR))
                .doesNotContain("Under a legal hold")
                .contains(
                        "Legal hold set",
                        REASON,
                        "Legal hold lifted",
                        "The complaint was resolved",
                        "Set a legal hold",
                        "Erase the personal data");
    }

    private MockHttpServletResponse postHold(String path, Actor actor, String reason) throws Exception {
        return mvc.perform(post(path).with(as(actor)).with(csrf()).param("reason", reason))
                .andReturn()
                .getResponse();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor)
            throws Exception {
        return mvc.perform(request.with(as(actor))).andReturn().getResponse().getStatus();
    }

    private String page(String path, Actor actor) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(actor))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
