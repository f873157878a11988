package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.CaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * The DSL's amendment pages: a child found later (identity encrypted like the report's), a correction of a child's age,
 * year group or roles, and the legal hold. Each renders with its draft and the error summary, sends the API's command
 * (the case page then shows it, old values on the timeline), is "Page not found" for another school and "You cannot
 * do this" for an auditor; each page showing the case is in the access log.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class CaseAmendmentPortalIT extends CasePortalSteps {

    @Test
    void aChildFoundLaterIsAddedWithTheReasonAndTheirIdentityEncrypted() throws Exception {
        var me = dsl("dsl.amend.add." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base).with(me))).contains(base + "/children/add", base + "/children/child-1/correction");
        assertThat(page(get(base + "/children/add").with(me)))
                .contains(
                        "<h1 class=\"govuk-heading-l\">Add a child found later</h1>",
                        "child-3",
                        "data-autosave=\"add-child-" + caseId + "\"",
                        "govuk-input--width-3",
                        "govuk-input--width-20")
                .as("the components name the width class; a page gives the number")
                .doesNotContain("--width-govuk");
        assertThat(page(post(base + "/children/add").with(me).with(csrf()).param("given", "Sam")))
                .contains(
                        "<title>Error: Add a child found later",
                        "href=\"#age\"",
                        "href=\"#roles\"",
                        "Enter the child&#39;s last name",
                        "href=\"#reason\"");
        saved(
                base + "/children/add",
                me,
                Map.of(
                        "age", "13",
                        "year", "Year 8",
                        "roles", "RECEIVED",
                        "given", "Sam",
                        "family", "Okoro",
                        "dob-day", "2",
                        "dob-month", "5",
                        "dob-year", "2013",
                        "reason", "child-3 came forward on Monday and named child-1 as the sender."),
                "child-3 is added to the case");
        assertThat(page(get(base).with(me)))
                .contains("child-3: age 13, Year 8", "Child added: child-3 aged 13, Year 8")
                .doesNotContain("Okoro");
        assertThat(page(get(base + "/children/child-3/personal-details").with(me)))
                .contains("Sam Okoro");
        assertThat(jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                        String.class,
                        caseId))
                .noneMatch(payload -> payload.contains("Okoro"));
    }

    @Test
    void aCorrectionKeepsTheOldValuesOnTheTimelineAndNeedsAReason() throws Exception {
        var me = dsl("dsl.amend.correct." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base + "/children/child-1/correction").with(me)))
                .contains(
                        "Correct child-1’s details",
                        "Recorded now: aged 15, Year 10",
                        "value=\"15\"",
                        "govuk-input--width-10")
                .doesNotContain("--width-govuk");
        assertThat(page(post(base + "/children/child-1/correction")
                        .with(me)
                        .with(csrf())
                        .param("age", "15")
                        .param("reason", "short")))
                .contains("There is a problem", "href=\"#reason\"", "rationale of at least 20 characters");
        saved(
                base + "/children/child-1/correction",
                me,
                Map.of("age", "14", "year", "Year 9", "reason", "Date of birth checked with the admissions record."),
                "The correction of child-1 is recorded");
        assertThat(page(get(base).with(me)))
                .contains(
                        "child-1: age 14, Year 9",
                        "child-1 corrected from child-1 aged 15, Year 10",
                        "Date of birth checked with the admissions record.");
        assertThat(page(get(base + "/children/child-9/correction").with(me), 404))
                .contains("Page not found");
    }

    @Test
    void aLegalHoldIsSetAndLiftedWithItsReasonAndBlocksTheErasureMeanwhile() throws Exception {
        var me = dsl("dsl.amend.hold." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base + "/legal-hold").with(me)))
                .contains("Set a legal hold", "id=\"hold-explained\"", "data-autosave=\"legal-hold-" + caseId + "\"");
        assertThat(page(post(base + "/legal-hold").with(me).with(csrf())))
                .contains("<title>Error: Set a legal hold", "href=\"#reason\"", "Enter why the legal hold is set");
        saved(
                base + "/legal-hold",
                me,
                Map.of("reason", "Solicitor's letter: a civil claim about this incident is expected."),
                "The legal hold is set");
        assertThat(page(get(base).with(me))).contains("id=\"legal-hold\"", "Lift the legal hold");
        mvc.perform(post(base + "/personal-details/erasure")
                .with(me)
                .with(csrf())
                .param("reason", "Retention period ended: date of birth plus 25 years"));
        assertThat(page(post(base + "/personal-details/erasure/confirmation")
                        .with(me)
                        .with(csrf())))
                .contains("There is a problem", "a legal hold is set");
        assertThat(page(get(base + "/legal-hold").with(me))).contains("Lift the legal hold", "id=\"hold-set\"");
        saved(
                base + "/legal-hold",
                me,
                Map.of("reason", "The family's solicitor withdrew the claim in writing."),
                "The legal hold is lifted");
        assertThat(page(get(base).with(me))).doesNotContain("id=\"legal-hold\"");
    }

    @Test
    void theSchoolsAuditorSetsALegalHoldAndTheCasePageSaysWhenThePersonalDetailsAreErased() throws Exception {
        var me = dsl("dsl.amend.retention." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base).with(me)))
                .contains("id=\"retention\"", "Kept until 31 December 20", "A legal hold stops the erasure.");
        var auditor = user("auditor", "AUDITOR", SCHOOL);
        saved(
                base + "/legal-hold",
                auditor,
                Map.of("reason", "Information governance: a subject access request is being answered."),
                "The legal hold is set");
        assertThat(page(get(base).with(me)))
                .contains("id=\"legal-hold\"", "once the legal hold is lifted.")
                .doesNotContain("A legal hold stops the erasure.");
        assertThat(jdbc.queryForObject("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%LegalHoldSetEvent'""", String.class, caseId))
                .as("the reason is stored sealed under the case's key (ADR 0058)")
                .contains("\"AUDITOR\"", "\"sealedUnder\"")
                .doesNotContain("subject access request");
    }

    @Test
    void anotherSchoolGetsPageNotFoundAndAnAuditorCannotAmend() throws Exception {
        var me = dsl("dsl.amend.scope." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        Map<String, Map<String, String>> valid = Map.of(
                "/children/add",
                Map.of("age", "13", "year", "Year 8", "roles", "RECEIVED", "reason", "Came forward on Monday, named."),
                "/children/child-1/correction",
                Map.of("age", "14", "reason", "Date of birth checked with admissions."),
                "/legal-hold",
                Map.of("reason", "Solicitor's letter: a civil claim is expected."));
        for (var path : valid.keySet()) {
            assertThat(page(get(base + path).with(me))).contains("govuk-heading-l");
        }
        othersAreRefused(base, valid, Set.of("/legal-hold"));
        assertThat(storedEvents(caseId)).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT path FROM access_log WHERE case_id = ? AND what = 'case'", String.class, caseId))
                .contains(base + "/children/add", base + "/children/child-1/correction", base + "/legal-hold");
    }
}
