package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portal foundation on the probe service: sign-in is required and goes to the identity provider with PKCE,
 * pages render in the GOV.UK layout with the hide control, forms need CSRF, drafts are saved and read back only by
 * their owner, reads are recorded, errors are pages, and no upload is accepted.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
class PortalIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PortalDrafts drafts;

    private static OidcLoginRequestPostProcessor dsl(String id, String school) {
        return PortalSignIn.as(id, "SCHOOL_DSL", school, "Jo Bloggs");
    }

    @Test
    void anonymousVisitorsAreSentToTheIdentityProviderWithPkce() throws Exception {
        mvc.perform(get("/portal/probes/case-1"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/oauth2/authorization/casebridge")));
        MvcResult authorize = mvc.perform(get("/oauth2/authorization/casebridge")).andExpect(status().isFound()).andReturn();
        String location = authorize.getResponse().getHeader("Location");
        assertThat(location).startsWith("http://localhost:9000/oauth2/authorize?")
                .contains("client_id=casebridge-portal", "code_challenge=", "code_challenge_method=S256",
                        "scope=openid%20profile");
    }

    @Test
    void rendersTheLayoutWithTheHideControlAndRecordsTheRead() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String html = mvc.perform(get("/portal/probes/" + caseId).with(dsl("dsl.read", "100001")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-exit-this-page", "Hide this page", "Signed in as <strong>Jo Bloggs</strong>",
                "Designated safeguarding lead", "name=\"csrf-token\"", "data-autosave=\"probe-note\"",
                "govuk-frontend.min.css", "<title>Probe", "id=\"when-day\"", "id=\"when-month\"",
                "id=\"when-year\"", "id=\"when-time\"", ">Month</label>", "govuk-input--width-4");
        Integer recorded = jdbc.queryForObject(
                "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_id = 'dsl.read'", Integer.class, caseId);
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void showsAnErrorSummaryLinkedToTheFieldsAndKeepsTheAnswers() throws Exception {
        String html = mvc.perform(post("/portal/probes/case-2").with(dsl("dsl.errors", "100001")).with(csrf())
                        .param("note", "Seen at lunch"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<title>Error: Probe", "There is a problem", "href=\"#urgency\"",
                "Select how urgent it is", "id=\"urgency-error\"", "Seen at lunch")
                .doesNotContain("href=\"#note\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/portal/probes/case-3").with(dsl("dsl.csrf", "100001")).param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/drafts/probe-note").with(dsl("dsl.csrf", "100001")).param("note", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void draftsMergeAsTheUserTypesAndOnlyTheirOwnerSeesThem() throws Exception {
        mvc.perform(post("/portal/drafts/probe-note").with(dsl("dsl.draft", "100001")).with(csrf())
                        .param("note", "First words"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("savedAt")));
        mvc.perform(post("/portal/drafts/probe-note").with(dsl("dsl.draft", "100001")).with(csrf())
                        .param("urgency", "today"))
                .andExpect(status().isOk());
        Actor owner = new Actor("dsl.draft", Actor.Role.SCHOOL_DSL, "100001");
        assertThat(drafts.load(owner, "probe-note")).containsEntry("note", List.of("First words"))
                .containsEntry("urgency", List.of("today"));
        assertThat(drafts.load(new Actor("dsl.draft", Actor.Role.SCHOOL_DSL, "103456"), "probe-note")).isEmpty();
        assertThat(drafts.load(new Actor("dsl.other", Actor.Role.SCHOOL_DSL, "100001"), "probe-note")).isEmpty();

        String page = mvc.perform(get("/portal/probes/case-4").with(dsl("dsl.draft", "100001")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("First words");

        mvc.perform(post("/portal/probes/case-4").with(dsl("dsl.draft", "100001")).with(csrf())
                        .param("note", "First words").param("urgency", "today"))
                .andExpect(status().isFound());
        assertThat(drafts.load(owner, "probe-note")).isEmpty();
    }

    @Test
    void aBadDraftKeyIsNotFound() throws Exception {
        mvc.perform(post("/portal/drafts/NOT_A_KEY").with(dsl("dsl.key", "100001")).with(csrf()).param("a", "b"))
                .andExpect(status().isNotFound());
    }

    @Test
    void errorsArePagesNotStackTraces() throws Exception {
        String html = mvc.perform(get("/portal/probes/missing-1").with(dsl("dsl.missing", "100001")))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Page not found", "govuk-heading-l").doesNotContain("Exception");
        String gone = mvc.perform(get("/portal/probes/gone-1").with(dsl("dsl.missing", "100001")))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).as("an aggregate the command side does not know is not found either").contains("Page not found");
    }

    @Test
    void noPageTakesAnUpload() throws Exception {
        mvc.perform(post("/portal/probes/case-5").with(dsl("dsl.upload", "100001")).with(csrf())
                        .contentType("multipart/form-data; boundary=x").content("--x--"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theAssetsAndTheNeutralPagesNeedNoSignIn() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/portal-assets/portal.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/portal/hidden")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>New tab</title>")));
    }
}
