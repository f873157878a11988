package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.CaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the DSL portal leaves in {@code portal_draft}: a report in progress holds the children's names, date of birth
 * and UPN, and the table shows none of them in clear; erasing a case's personal details deletes every draft of a
 * form about that case, whoever typed it, and no other.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class PortalDraftsAtRestIT extends CasePortalSteps {

    @Test
    void aReportWithPersonalDetailsLeavesNoNameInTheDraftTable() throws Exception {
        String id = "dsl.at-rest." + UUID.randomUUID();
        var me = dsl(id);
        answer("/portal/report/how", me, ReportAnswers.DISCOVERED_BY_STAFF);
        answer(
                "/portal/report/children/1",
                me,
                Map.of(
                        "child1-age",
                        "15",
                        "child1-year",
                        "Year 10",
                        "child1-roles",
                        "PICTURED",
                        "child1-given",
                        "Zenobia",
                        "child1-family",
                        "Oyelaran-Fitch",
                        "child1-dob-day",
                        "14",
                        "child1-dob-month",
                        "3",
                        "child1-dob-year",
                        "2011",
                        "child1-upn",
                        "H801200009876",
                        "child1-another",
                        "no"));
        autosave(me, "report-incident", Map.of("summary", "Zenobia's brother Tobias Oyelaran-Fitch saw it"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_draft WHERE owner_id = ?", Integer.class, id))
                .isEqualTo(1);
        String table = jdbc.queryForObject(
                "SELECT string_agg(t::text || ' ' || encode(t.sealed, 'escape'), ' ') FROM portal_draft t",
                String.class);
        assertThat(table).doesNotContain("Zenobia", "Oyelaran", "Tobias", "H801200009876", "child1-given");
        assertThat(mvc.perform(get("/portal/report/children/1").with(me))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the owner still gets every answer back")
                .contains("Zenobia", "Oyelaran-Fitch", "H801200009876");
    }

    @Test
    void erasingACasesPersonalDetailsDeletesEveryDraftAboutTheCase() throws Exception {
        var me = dsl("dsl.erase-drafts." + UUID.randomUUID());
        var deputy = dsl("dsl.deputy." + UUID.randomUUID());
        String caseId = reportedCaseWithOneNamedChild(me);
        String otherCase = reportedCaseWithOneNamedChild(me);
        autosave(me, "parents-" + caseId, Map.of("whoWasInformed", "Mrs Halvorsen-Ibe, her mother"));
        autosave(deputy, "viewing-" + caseId, Map.of("witnessName", "Mr Quarshie"));
        autosave(me, "device-device-1-" + caseId, Map.of("description", "Phone"));
        autosave(me, "parents-" + otherCase, Map.of("whoWasInformed", "Her father"));
        assertThat(drafts(caseId)).isEqualTo(3);

        mvc.perform(post("/portal/cases/" + caseId + "/personal-details/erasure")
                .with(me)
                .with(csrf())
                .param("reason", "Retention period ended: date of birth plus 25 years"));
        answer("/portal/cases/" + caseId + "/personal-details/erasure/confirmation", me, Map.of());

        assertThat(drafts(caseId)).isZero();
        assertThat(drafts(otherCase)).as("another case's drafts stay").isEqualTo(1);
    }

    private int drafts(String caseId) {
        Integer count =
                jdbc.queryForObject("SELECT count(*) FROM portal_draft WHERE case_id = ?::uuid", Integer.class, caseId);
        return count == null ? 0 : count;
    }

    private void autosave(OidcLoginRequestPostProcessor me, String key, Map<String, String> fields) throws Exception {
        MvcResult result = mvc.perform(withFields(post("/portal/drafts/" + key), fields)
                        .with(me)
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
    }

    /** Reports a one-child case with a name, date of birth and UPN, and returns its id. */
    private String reportedCaseWithOneNamedChild(OidcLoginRequestPostProcessor me) throws Exception {
        answer("/portal/report/how", me, ReportAnswers.DISCOVERED_BY_STAFF);
        answer("/portal/report/imagery", me, ReportAnswers.SEMI_NUDE_TO_ONE_RECIPIENT);
        answer("/portal/report/children/1", me, ReportAnswers.namedFirstChild("no"));
        return reported(me);
    }
}
