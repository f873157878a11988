package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.cases.incident.portal.ReportAnswers;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.test.ApiSmuggling;
import org.casebridge.platform.test.OpenApiWrites;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.platform.test.PortalSmuggling;
import org.casebridge.platform.test.SmuggledImageryChecks;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No imagery reaches case-service in any encoding, on any path: every text field of every write operation in its
 * OpenAPI document, every portal form and every autosaved draft refuses an image written as base64 (standard,
 * url-safe, MIME-wrapped, split by spaces, JSON-escaped), as a data URI (with parameters, percent-encoded) or as a
 * hex dump, and a control character, and stores nothing: no event, no case key, no personal details, no draft. The
 * requests are generated from the document and from the portal's own pages (see {@link ApiSmuggling} and
 * {@link PortalSmuggling}); the case they write to is real, so a value let through would be stored. Same
 * configuration as the portal tests, so the same application context.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class SmuggledImageryIT extends SmuggledImageryChecks {

    private static final String DSL_ID = "dsl-smuggling";

    @Autowired
    private CloudEventCodec codec;

    private String caseId;
    private List<PortalSmuggling.Form> forms;

    @BeforeAll
    void aCaseWithADeviceAndThePortalsForms() throws Exception {
        caseId = CaseEndpoints.withDevice(CaseApi.dsl(port));
        var dsl = PortalSignIn.as(DSL_ID, "SCHOOL_DSL", CaseApi.URN, "A. Kaur");
        awaitCasePageWithItsDevice(dsl);
        aStrategyActionForTheSchool(dsl);
        answerEveryReportQuestion(dsl);
        aReasonForTheErasure(dsl);
        // So that "Records transferred to us" links a record with its "Confirm receipt" form (ADR 0054).
        CaseEndpoints.transferredIn(CaseApi.dsl(port));
        // So that a subject access request shows its "Withhold more" and "Release" forms (ADR 0057).
        String subjectAccess = CaseEndpoints.subjectAccessRequestOf(CaseApi.dsl(port), caseId);
        // So that the case page links the LADO referral's form as well as the adult's (ADR 0055).
        anAdultInAPositionOfTrust();
        forms = PortalSmuggling.forms(
                mvc,
                List.of(new PortalSmuggling.User(
                        "DSL",
                        dsl,
                        List.of(
                                "/portal/cases/" + caseId,
                                "/portal/cases/" + caseId + "/agencies",
                                "/portal/cases/" + caseId + "/personal-details/erasure/confirmation",
                                "/portal/report/how",
                                "/portal/report/imagery",
                                "/portal/report/summary",
                                "/portal/report/children/1",
                                "/portal/report/check",
                                "/portal/transfers",
                                "/portal/subject-access/" + subjectAccess,
                                "/portal"))),
                80);
    }

    private void anAdultInAPositionOfTrust() {
        CaseApi api = CaseApi.dsl(port);
        assertThat(api.post("/api/cases/" + caseId + "/adults", CaseEndpoints.ADULT)
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + caseId).body().contains("adult-1"));
    }

    /** So that "Are you sure?" shows its form, as it does once the reason for the erasure is given. */
    private void aReasonForTheErasure(RequestPostProcessor dsl) throws Exception {
        mvc.perform(post("/portal/cases/" + caseId + "/personal-details/erasure")
                        .with(dsl)
                        .with(csrf())
                        .param("reason", "Retention period ended"))
                .andExpect(status().is3xxRedirection());
    }

    /** So that the agencies page shows the form that marks the school's action done (ADR 0022). */
    private void aStrategyActionForTheSchool(RequestPostProcessor dsl) throws Exception {
        new IncomingEvents(codec)
                .fromPolice(new StrategyActionAssignedEventV2(
                        caseId,
                        "WMP",
                        "meeting-1",
                        "action-1",
                        "EDUCATION_SUPPORT",
                        "SCHOOL",
                        CaseApi.URN,
                        Instant.now().plus(Duration.ofDays(3)),
                        Instant.now()));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mvc.perform(
                                get("/portal/cases/" + caseId + "/agencies").with(dsl))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("done-action-1"));
        assertThat(mvc.perform(get("/portal/cases/" + caseId + "/agencies").with(dsl))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Support the child in school");
        assertThat(mvc.perform(get("/portal/cases/" + caseId).with(dsl))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"open-school-actions\"", "Support the child in school");
    }

    /** The read side follows the API's writes moments later; the crawl starts from the case page once it shows them. */
    private void awaitCasePageWithItsDevice(RequestPostProcessor dsl) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var page = mvc.perform(get("/portal/cases/" + caseId).with(dsl))
                    .andReturn()
                    .getResponse();
            return page.getStatus() == 200 && page.getContentAsString().contains("/devices/device-1");
        });
    }

    /** So that the check page shows its form, as it does once every question is answered. */
    private void answerEveryReportQuestion(RequestPostProcessor dsl) throws Exception {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("/portal/report/how", ReportAnswers.DISCOVERED_BY_STAFF);
        answers.put("/portal/report/imagery", ReportAnswers.SEMI_NUDE_TO_ONE_RECIPIENT);
        answers.put("/portal/report/children/1", ReportAnswers.FIRST_CHILD);
        answers.put("/portal/report/children/2", ReportAnswers.SECOND_CHILD);
        answers.put("/portal/report/summary", Map.of("summary", "child-1 told her tutor"));
        for (var page : answers.entrySet()) {
            var request = post(page.getKey()).with(dsl).with(csrf());
            page.getValue().forEach(request::param);
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .as(page.getKey())
                    .isEqualTo(302);
        }
    }

    @Test
    void theReportsTextFieldsAreInTheDocument() {
        assertThat(ApiSmuggling.operations(service()).stream()
                        .filter(o -> o.endpoint().equals("POST /api/cases"))
                        .findFirst()
                        .orElseThrow()
                        .textFields()
                        .stream()
                        .map(OpenApiWrites.TextField::name))
                .contains(
                        "imageryNotes",
                        "summary",
                        "platforms[0]",
                        "children[0].yearGroup",
                        "children[0].personalDetails.givenName");
    }

    @Override
    protected List<PortalSmuggling.Form> forms() {
        return forms;
    }

    @Override
    protected String token(OpenApiWrites.Operation operation) {
        return TestTokens.trusted().token("dsl-" + CaseApi.URN, "SCHOOL_DSL", CaseApi.URN);
    }

    @Override
    protected String fill(String path) {
        return path.replace("{caseId}", caseId)
                .replace("{deviceRef}", "device-1")
                .replace("{childRef}", "child-1")
                .replace("{actionId}", "action-1")
                .replace("{transferId}", caseId)
                .replace("{requestId}", caseId)
                .replace("{processingGroup}", "case-views");
    }

    @Override
    protected List<String> storedTables() {
        return List.of(
                "case_key",
                "child_personal_details",
                "subject_access_request",
                "subject_access_redaction",
                "case_document");
    }
}
