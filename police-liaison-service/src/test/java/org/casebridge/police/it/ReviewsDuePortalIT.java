package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervisor's "Reviews due" page (ADR 0083) on the real service: in the navigation of supervisors and auditors
 * only, a GOV.UK table of the force's reviews with the overdue first, each linked to its escalation and, once marked
 * due, to the review's decision; the reviews coming up; a message when none is due; refused to an officer; recorded.
 */
class ReviewsDuePortalIT extends ReviewSteps {

    static final String FORCE = "TVP";
    static final Actor SUPERVISOR = new Actor("ps-reviews-page", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor OFFICER = new Actor("pc-reviews-page", Actor.Role.POLICE_LIAISON, FORCE);

    @Autowired
    MockMvc mvc;

    @Test
    void theSupervisorSeesTheOverdueFirstEachLinkedToItsReview() throws Exception {
        String longOverdue = crimeReviewedIn(FORCE, tvpReference(), -40);
        markedDue(longOverdue, today().minusDays(40));
        String oneDayOverdue = crimeReviewedIn(FORCE, tvpReference(), -1);
        String comingUp = crimeReviewedIn(FORCE, tvpReference(), 20);

        String page = page(SUPERVISOR, "/portal/reviews");
        assertThat(page)
                .contains(
                        "<h1 class=\"govuk-heading-l\">Reviews due</h1>",
                        "<table class=\"govuk-table\" id=\"reviews\">",
                        "<th scope=\"col\" class=\"govuk-table__header\">Review date</th>",
                        "40 days overdue",
                        "1 day overdue",
                        "Group 1: Certain public protection matters",
                        "Crime 86/02",
                        "href=\"/portal/escalations/" + longOverdue + "/personal-details/erasure\"",
                        "Decide on the review",
                        "Marked due by the next daily run",
                        ">Reviews due<",
                        "aria-current=\"page\">Due</strong>")
                .doesNotContain(comingUp.substring(0, 8));
        assertThat(page)
                .contains(
                        "href=\"/portal/escalations/" + oneDayOverdue + "\"",
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(today().minusDays(40)))
                .doesNotContain("href=\"/portal/escalations/" + oneDayOverdue + "/personal-details/erasure\"");
        assertThat(page.indexOf(longOverdue)).as("the longest overdue first").isLessThan(page.indexOf(oneDayOverdue));

        assertThat(page(SUPERVISOR, "/portal/reviews?state=upcoming"))
                .contains(
                        comingUp.substring(0, 8), "Not yet due", "aria-current=\"page\">Coming up in 30 days</strong>")
                .doesNotContain(longOverdue.substring(0, 8));
        assertThat(page(SUPERVISOR, "/portal/reviews?state=overdue")).contains(longOverdue.substring(0, 8));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'mopi-reviews'",
                        Integer.class,
                        SUPERVISOR.id()))
                .isEqualTo(3);
    }

    @Test
    void aForceWithNoReviewDueIsToldSo() throws Exception {
        Actor manchester = new Actor("ps-reviews-gmp", Actor.Role.POLICE_SUPERVISOR, "GMP");
        assertThat(page(manchester, "/portal/reviews"))
                .contains("id=\"no-reviews\"", "No review of Greater Manchester Police&#39;s records is due.")
                .doesNotContain("id=\"reviews\"");
        assertThat(page(new Actor("auditor-reviews", Actor.Role.AUDITOR, "casebridge-audit"), "/portal/reviews"))
                .contains("Your organisation is not a police force");
    }

    @Test
    void anOfficerIsNeitherShownTheLinkNorLetIn() throws Exception {
        assertThat(page(OFFICER, "/portal/escalations")).doesNotContain("/portal/reviews");
        assertThat(page(SUPERVISOR, "/portal/escalations")).contains("href=\"/portal/reviews\"");
        assertThat(mvc.perform(get("/portal/reviews").with(signIn(OFFICER)))
                        .andExpect(status().isForbidden())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You cannot do this");
    }

    private String page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).with(signIn(actor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static OidcLoginRequestPostProcessor signIn(Actor actor) {
        return PortalSignIn.as(actor.id(), actor.role().name(), actor.organisation(), actor.id());
    }
}
