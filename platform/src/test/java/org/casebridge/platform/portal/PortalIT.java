package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal foundation on the probe service: sign-in is required and goes to the identity provider with PKCE,
 * pages render in the GOV.UK layout with the hide control, forms need CSRF, drafts are sealed, kept only for the
 * service's forms within their caps and read back only by their owner, reads are recorded, errors are pages, and no
 * upload is accepted.
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
                .andExpect(header().string(
                                "Location", org.hamcrest.Matchers.endsWith("/oauth2/authorization/casebridge")));
        MvcResult authorize = mvc.perform(get("/oauth2/authorization/casebridge"))
                .andExpect(status().isFound())
                .andReturn();
        String location = authorize.getResponse().getHeader("Location");
        assertThat(location)
                .startsWith("http://localhost:9000/oauth2/authorize?")
                .contains(
                        "client_id=casebridge-portal",
                        "code_challenge=",
                        "code_challenge_method=S256",
                        "scope=openid%20profile");
    }

    @Test
    void rendersTheLayoutWithTheHideControlAndRecordsTheRead() throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        String html = mvc.perform(get("/portal/probes/" + caseId).with(dsl("dsl.read", "100001")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "govuk-exit-this-page",
                        "Hide this page",
                        "Signed in as <strong>Jo Bloggs</strong>",
                        "Designated safeguarding lead",
                        "name=\"csrf-token\"",
                        "data-autosave=\"probe-note\"",
                        "govuk-frontend.min.css",
                        "<title>Probe",
                        "id=\"when-day\"",
                        "id=\"when-month\"",
                        "id=\"when-year\"",
                        "id=\"when-time\"",
                        ">Month</label>",
                        "govuk-input--width-4");
        Integer recorded = jdbc.queryForObject(
                "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_id = 'dsl.read'", Integer.class, caseId);
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void showsAnErrorSummaryLinkedToTheFieldsAndKeepsTheAnswers() throws Exception {
        String html = mvc.perform(post("/portal/probes/case-2")
                        .with(dsl("dsl.errors", "100001"))
                        .with(csrf())
                        .param("note", "Seen at lunch"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "<title>Error: Probe",
                        "There is a problem",
                        "href=\"#urgency\"",
                        "Select how urgent it is",
                        "id=\"urgency-error\"",
                        "Seen at lunch")
                .doesNotContain("href=\"#note\"");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/portal/probes/case-3")
                        .with(dsl("dsl.csrf", "100001"))
                        .param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.csrf", "100001"))
                        .param("note", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void draftsMergeAsTheUserTypesAndOnlyTheirOwnerSeesThem() throws Exception {
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.draft", "100001"))
                        .with(csrf())
                        .param("note", "First words"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("savedAt")));
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.draft", "100001"))
                        .with(csrf())
                        .param("urgency", "today"))
                .andExpect(status().isOk());
        Actor owner = new Actor("dsl.draft", Actor.Role.SCHOOL_DSL, "100001");
        assertThat(drafts.load(owner, "probe-note"))
                .containsEntry("note", List.of("First words"))
                .containsEntry("urgency", List.of("today"));
        assertThat(drafts.load(new Actor("dsl.draft", Actor.Role.SCHOOL_DSL, "103456"), "probe-note"))
                .isEmpty();
        assertThat(drafts.load(new Actor("dsl.other", Actor.Role.SCHOOL_DSL, "100001"), "probe-note"))
                .isEmpty();

        String page = mvc.perform(get("/portal/probes/case-4").with(dsl("dsl.draft", "100001")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("First words");

        mvc.perform(post("/portal/probes/case-4")
                        .with(dsl("dsl.draft", "100001"))
                        .with(csrf())
                        .param("note", "First words")
                        .param("urgency", "today"))
                .andExpect(status().isFound());
        assertThat(drafts.load(owner, "probe-note")).isEmpty();
    }

    @Test
    void aBadDraftKeyIsNotFound() throws Exception {
        mvc.perform(post("/portal/drafts/NOT_A_KEY")
                        .with(dsl("dsl.key", "100001"))
                        .with(csrf())
                        .param("a", "b"))
                .andExpect(status().isNotFound());
    }

    @Test
    void draftsAreSealedSoTheTableHoldsNoNameInClear() throws Exception {
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.sealed", "100001"))
                        .with(csrf())
                        .param("note", "Seen with Alexandra Quenby-Marsh, born 14 03 2011, UPN A123456789012"))
                .andExpect(status().isOk());
        String stored = jdbc.queryForObject("""
                SELECT encode(sealed, 'escape') FROM portal_draft
                WHERE owner_id = 'dsl.sealed' AND draft_key = 'probe-note'""", String.class);
        assertThat(stored).isNotBlank().doesNotContain("Alexandra", "Quenby", "A123456789012", "note");
        String everything = jdbc.queryForObject("SELECT string_agg(t::text, ' ') FROM portal_draft t", String.class);
        assertThat(everything).doesNotContain("Alexandra");
        assertThat(drafts.load(new Actor("dsl.sealed", Actor.Role.SCHOOL_DSL, "100001"), "probe-note"))
                .containsEntry("note", List.of("Seen with Alexandra Quenby-Marsh, born 14 03 2011, UPN A123456789012"));
    }

    @Test
    void aSealedDraftMovedToAnotherUserOrFormDoesNotOpen() {
        Actor owner = new Actor("dsl.swap-a", Actor.Role.SCHOOL_DSL, "100001");
        Actor other = new Actor("dsl.swap-b", Actor.Role.SCHOOL_DSL, "100001");
        String caseKey = "probe-case-" + UUID.randomUUID();
        drafts.save(owner, "probe-note", Map.of("note", List.of("Only for the owner")));
        drafts.save(other, "probe-note", Map.of("note", List.of("Theirs")));
        drafts.save(owner, caseKey, Map.of("note", List.of("About a case")));

        jdbc.update("""
                UPDATE portal_draft SET sealed = (SELECT sealed FROM portal_draft
                    WHERE owner_id = 'dsl.swap-a' AND draft_key = 'probe-note')
                WHERE owner_id = 'dsl.swap-b' AND draft_key = 'probe-note'""");
        jdbc.update("""
                UPDATE portal_draft SET sealed = (SELECT sealed FROM portal_draft
                    WHERE owner_id = 'dsl.swap-a' AND draft_key = 'probe-note')
                WHERE owner_id = 'dsl.swap-a' AND draft_key = ?""", caseKey);

        assertThat(drafts.load(other, "probe-note")).isEmpty();
        assertThat(drafts.load(owner, caseKey)).isEmpty();
        assertThat(drafts.load(owner, "probe-note")).containsEntry("note", List.of("Only for the owner"));
    }

    @Test
    void onlyTheFormsOfTheServiceAndTheRolesThatFillThemKeepDrafts() throws Exception {
        mvc.perform(post("/portal/drafts/report-incident")
                        .with(dsl("dsl.unknown", "100001"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(PortalSignIn.as("agency.draft", "AGENCY", "agency-1", "A"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://casebridge.org/problems/draft-form-not-yours"));
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(PortalSignIn.as("auditor.draft", "AUDITOR", "ico", "A"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/drafts/probe-case-" + UUID.randomUUID())
                        .with(PortalSignIn.as("officer.draft", "POLICE_LIAISON", "MPS", "O"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM portal_draft WHERE owner_id IN ('dsl.unknown', 'agency.draft', 'auditor.draft')""", Integer.class)).isZero();
    }

    @Test
    void aDraftTooLargeAfterTheMergeIsRefusedAndTheSavedOneKept() throws Exception {
        String nearlyFull = "x".repeat(PortalDrafts.MAX_VALUE - 1);
        Actor owner = new Actor("dsl.large", Actor.Role.SCHOOL_DSL, "100001");
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.large", "100001"))
                        .with(csrf())
                        .param("a", nearlyFull)
                        .param("b", nearlyFull)
                        .param("c", nearlyFull)
                        .param("d", nearlyFull))
                .andExpect(status().isOk());
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.large", "100001"))
                        .with(csrf())
                        .param("e", nearlyFull)
                        .param("f", nearlyFull)
                        .param("g", nearlyFull))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://casebridge.org/problems/draft-too-large"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too large")));
        assertThat(drafts.load(owner, "probe-note")).containsOnlyKeys("a", "b", "c", "d");

        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.large", "100001"))
                        .with(csrf())
                        .param("long", "x".repeat(PortalDrafts.MAX_VALUE + 1)))
                .andExpect(status().isUnprocessableEntity());
        MockHttpServletRequestBuilder many = post("/portal/drafts/probe-note")
                .with(dsl("dsl.large", "100001"))
                .with(csrf());
        for (int i = 0; i <= PortalDrafts.MAX_FIELDS; i++) {
            many.param("f" + i, "v");
        }
        mvc.perform(many).andExpect(status().isUnprocessableEntity());
        assertThat(drafts.load(owner, "probe-note")).containsOnlyKeys("a", "b", "c", "d");
    }

    @Test
    void aUserKeepsAtMostTheirQuotaOfDraftsButMayStillUpdateThem() throws Exception {
        Actor owner = new Actor("dsl.quota", Actor.Role.SCHOOL_DSL, "100001");
        String first = "probe-case-" + UUID.randomUUID();
        drafts.save(owner, first, Map.of("note", List.of("one")));
        for (int i = 1; i < PortalDrafts.MAX_DRAFTS; i++) {
            drafts.save(owner, "probe-case-" + UUID.randomUUID(), Map.of("note", List.of("more")));
        }
        String next = "probe-case-" + UUID.randomUUID();
        mvc.perform(post("/portal/drafts/" + next)
                        .with(dsl("dsl.quota", "100001"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://casebridge.org/problems/too-many-drafts"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_draft WHERE owner_id = 'dsl.quota'", Integer.class))
                .isEqualTo(PortalDrafts.MAX_DRAFTS);
        mvc.perform(post("/portal/drafts/" + first)
                        .with(dsl("dsl.quota", "100001"))
                        .with(csrf())
                        .param("note", "two"))
                .andExpect(status().isOk());
        assertThat(drafts.load(owner, first)).containsEntry("note", List.of("two"));
        mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.quota", "100200"))
                        .with(csrf())
                        .param("note", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void aControlCharacterInADraftIsNeverAServerError() throws Exception {
        int status = mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.nul", "100001"))
                        .with(csrf())
                        .param("note", "before\u0000after"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isLessThan(500);
    }

    @Test
    void aCasesDraftsGoWithItAndExpiredDraftsAreNeitherReadNorKept() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        Actor dsl = new Actor("dsl.erase", Actor.Role.SCHOOL_DSL, "100001");
        Actor officer = new Actor("officer.erase", Actor.Role.POLICE_LIAISON, "MPS");
        drafts.save(dsl, "probe-case-" + erased, Map.of("note", List.of("a")));
        drafts.save(officer, "probe-case-" + erased, Map.of("note", List.of("b")));
        drafts.save(dsl, "probe-case-" + kept, Map.of("note", List.of("c")));

        assertThat(drafts.discardCase(erased)).isEqualTo(2);
        assertThat(drafts.load(dsl, "probe-case-" + erased)).isEmpty();
        assertThat(drafts.load(officer, "probe-case-" + erased)).isEmpty();
        assertThat(drafts.load(dsl, "probe-case-" + kept)).containsEntry("note", List.of("c"));

        Timestamp expiresAt = jdbc.queryForObject(
                "SELECT expires_at FROM portal_draft WHERE owner_id = 'dsl.erase' AND draft_key = ?",
                Timestamp.class,
                "probe-case-" + kept);
        assertThat(Duration.between(Instant.now(), expiresAt.toInstant()))
                .as("kept for one session lifetime after the save")
                .isBetween(Duration.ofHours(9), Duration.ofHours(10));
        jdbc.update("UPDATE portal_draft SET expires_at = now() - interval '1 second' WHERE owner_id = 'dsl.erase'");
        assertThat(drafts.load(dsl, "probe-case-" + kept)).isEmpty();
        assertThat(drafts.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_draft WHERE owner_id = 'dsl.erase'", Integer.class))
                .isZero();
    }

    @Test
    void errorsArePagesNotStackTraces() throws Exception {
        String html = mvc.perform(get("/portal/probes/missing-1").with(dsl("dsl.missing", "100001")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Page not found", "govuk-heading-l").doesNotContain("Exception");
        String gone = mvc.perform(get("/portal/probes/gone-1").with(dsl("dsl.missing", "100001")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(gone)
                .as("an aggregate the command side does not know is not found either")
                .contains("Page not found");
    }

    @Test
    void noPageTakesAnUpload() throws Exception {
        mvc.perform(post("/portal/probes/case-5")
                        .with(dsl("dsl.upload", "100001"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=x")
                        .content("--x--"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theAssetsAndTheNeutralPagesNeedNoSignIn() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
                .andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/portal-assets/portal.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/portal/hidden"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>New tab</title>")));
    }
}
