package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.platform.test.PortalSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the case portal's page tests do again and again, written once: sign in as a school's DSL, report a case through
 * the report pages, answer a page, save a page and find its success banner on the case page, and read a page with the
 * status it must answer. The tests carry the Spring test annotations, so they share one application context.
 */
abstract class CasePortalSteps extends CaseApiSteps {

    static final String SCHOOL = "100001";
    static final String OTHER_SCHOOL = "103456";

    /** How long a page waits for the read side. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    static OidcLoginRequestPostProcessor user(String id, String role, String organisation) {
        return PortalSignIn.as(id, role, organisation, "A. Kaur");
    }

    static OidcLoginRequestPostProcessor dsl(String id) {
        return user(id, "SCHOOL_DSL", SCHOOL);
    }

    /** Reports a two-child case (both aged 15, Year 10) through the portal and returns its id. */
    String reportedCase(OidcLoginRequestPostProcessor me) throws Exception {
        return reportedCase(me, false);
    }

    /** Reports a two-child case, child-1 with a name, date of birth and UPN when asked, and returns its id. */
    String reportedCase(OidcLoginRequestPostProcessor me, boolean personalDetails) throws Exception {
        return reportedCase(
                me,
                ReportAnswers.SEMI_NUDE_TO_ONE_RECIPIENT,
                personalDetails ? ReportAnswers.namedFirstChild("yes") : ReportAnswers.FIRST_CHILD);
    }

    /** Reports a two-child case with these answers about the imagery and child-1, and returns its id. */
    String reportedCase(OidcLoginRequestPostProcessor me, Map<String, String> imagery, Map<String, String> firstChild)
            throws Exception {
        answer("/portal/report/how", me, ReportAnswers.DISCOVERED_BY_STAFF);
        answer("/portal/report/imagery", me, imagery);
        answer("/portal/report/children/1", me, firstChild);
        answer("/portal/report/children/2", me, ReportAnswers.SECOND_CHILD);
        return reported(me);
    }

    /** Sends the report from its check page and returns the new case's id. */
    String reported(OidcLoginRequestPostProcessor me) throws Exception {
        MvcResult reported =
                mvc.perform(post("/portal/report/check").with(me).with(csrf())).andReturn();
        assertThat(reported.getResponse().getStatus()).isEqualTo(302);
        return (String) reported.getFlashMap().get("caseId");
    }

    /** Answers a page, which moves on (302). */
    MvcResult answer(String path, OidcLoginRequestPostProcessor me, Map<String, String> fields) throws Exception {
        MvcResult result = mvc.perform(withFields(post(path), fields).with(me).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        return result;
    }

    /** Waits until the page at {@code path} shows (200) to this user: the case page once the read side has the case. */
    void awaitShown(String path, OidcLoginRequestPostProcessor me) {
        await().atMost(PATIENCE)
                .until(() -> mvc.perform(get(path).with(me))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    /**
     * Another school's DSL gets "Page not found" for each of the case's pages ({@code valid}: path to answers a DSL
     * could save) and for posting it, and an auditor of the school "You cannot do this" for posting it, but for the
     * pages in {@code auditorMay}.
     */
    void othersAreRefused(String base, Map<String, Map<String, String>> valid, Set<String> auditorMay)
            throws Exception {
        var otherSchool = user("dsl.other." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        var auditor = user("auditor", "AUDITOR", SCHOOL);
        for (var path : valid.keySet()) {
            assertThat(page(get(base + path).with(otherSchool), 404)).contains("Page not found");
            assertThat(posted(base + path, valid.get(path), otherSchool, 404)).contains("Page not found");
            if (!auditorMay.contains(path)) {
                assertThat(posted(base + path, valid.get(path), auditor, 403)).contains("You cannot do this");
            }
        }
    }

    /** Saves a page, expects Post/Redirect/Get to the case page, and the success banner the case page then shows. */
    void saved(String path, OidcLoginRequestPostProcessor me, Map<String, String> fields, String done)
            throws Exception {
        MvcResult result = answer(path, me, fields);
        String caseUrl = path.substring(
                0, "/portal/cases/".length() + UUID.randomUUID().toString().length());
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(caseUrl);
        assertThat(result.getFlashMap().get("success")).isEqualTo(done);
        assertThat(page(get(caseUrl).with(me).flashAttr("success", done)))
                .contains("govuk-notification-banner--success", done.replace("'", "&#39;"));
    }

    /** Posts a page's fields as this user and returns the page, which must answer with this status. */
    String posted(String path, Map<String, String> fields, OidcLoginRequestPostProcessor me, int status)
            throws Exception {
        return page(withFields(post(path), fields).with(me).with(csrf()), status);
    }

    /** How many events the case has in the event store. */
    Integer storedEvents(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, caseId);
    }

    static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result.getResponse().getContentAsString();
    }
}
