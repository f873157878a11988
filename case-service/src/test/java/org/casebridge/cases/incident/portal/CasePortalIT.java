package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.RecordPoliceUpdateCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The DSL portal's pages on the real service (PostgreSQL, Kafka, Axon), signed in as the identity provider's users
 * would be: each page renders in the GOV.UK layout, a mistake shows the error summary linked to its field, a page that
 * is saved sends the real command (checked through the query side and the event store), a criterion met forces the
 * referral, another school's case is "Page not found", and every case page read is in the access log.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class CasePortalIT extends CasePortalSteps {

    @Autowired
    CommandGateway commands;

    @Test
    void aDslReportsAnIncidentQuestionByQuestionChecksTheAnswersAndGetsTheCaseReference() throws Exception {
        var me = dsl("dsl.report." + UUID.randomUUID());
        assertThat(page(get("/portal/report/how").with(me)))
                .contains("How did the incident come to light?", "data-autosave=\"report-incident\"", "Hide this page");
        answer(
                "/portal/report/how",
                me,
                Map.of(
                        "how",
                        "DISCLOSURE_BY_CHILD_INVOLVED",
                        "cameToLight-day",
                        "27",
                        "cameToLight-month",
                        "11",
                        "cameToLight-year",
                        "2026",
                        "cameToLight-time",
                        "08:40"),
                "/portal/report/imagery");
        assertThat(page(get("/portal/report/imagery").with(me))).contains("Casebridge never accepts imagery");
        answer(
                "/portal/report/imagery",
                me,
                Map.of(
                        "imagery",
                        "NUDE",
                        "imageryNotes",
                        "Described by child-1",
                        "platforms",
                        "Instagram, Snapchat",
                        "spread",
                        "BEYOND_SCHOOL",
                        "internet",
                        "yes",
                        "schoolDevice",
                        "no"),
                "/portal/report/children/1");
        answer(
                "/portal/report/children/1",
                me,
                Map.of(
                        "child1-age",
                        "14",
                        "child1-year",
                        "Year 9",
                        "child1-roles",
                        "PICTURED",
                        "child1-given",
                        "Amira",
                        "child1-family",
                        "Hussain",
                        "child1-dob-day",
                        "14",
                        "child1-dob-month",
                        "3",
                        "child1-dob-year",
                        "2012",
                        "child1-another",
                        "yes"),
                "/portal/report/children/2");
        answer(
                "/portal/report/children/2",
                me,
                Map.of(
                        "child2-age",
                        "15",
                        "child2-year",
                        "Year 10",
                        "child2-roles",
                        "RECEIVED",
                        "child2-another",
                        "no"),
                "/portal/report/summary");
        answer("/portal/report/summary", me, Map.of("summary", "child-1 told her tutor"), "/portal/report/check");

        mvc.perform(post("/portal/drafts/report-incident")
                        .with(me)
                        .with(csrf())
                        .param("child1-flags", "")
                        .param("child2-flags", ""))
                .andExpect(status().isOk());
        String check = page(get("/portal/report/check").with(me));
        assertThat(check)
                .contains(
                        "Check your answers before reporting",
                        "A child involved told a member of staff",
                        "27 November 2026 at 08:40",
                        "Nude",
                        "Instagram, Snapchat",
                        "Child 2 (child-2)",
                        "Amira Hussain",
                        "/portal/report/children/2?change=yes");

        MvcResult reported = mvc.perform(post("/portal/report/check").with(me).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/portal/report/confirmation"))
                .andReturn();
        String caseId = (String) reported.getFlashMap().get("caseId");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%IncidentReportedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT school_urn FROM case_key WHERE case_id = ?::uuid", String.class, caseId))
                .isEqualTo(SCHOOL);
        String reference = (String) reported.getFlashMap().get("caseReference");
        assertThat(reference).matches("CPA-20\\d\\d-\\d{4}");
        assertThat(page(get("/portal/report/confirmation")
                        .with(me)
                        .flashAttr("caseId", caseId)
                        .flashAttr("caseReference", reference)))
                .contains("govuk-panel--confirmation", "Incident reported", ">" + reference + "</strong>");
        assertThat(page(get("/portal/report/check").with(me), 302)).isEmpty();
    }

    @Test
    void aMistakeShowsTheErrorSummaryLinkedToEachFieldAndKeepsTheAnswers() throws Exception {
        var me = dsl("dsl.errors." + UUID.randomUUID());
        String html = page(post("/portal/report/how")
                .with(me)
                .with(csrf())
                .param("cameToLight-day", "31")
                .param("cameToLight-month", "2")
                .param("cameToLight-year", "2026"));
        assertThat(html)
                .contains(
                        "<title>Error: How did the incident come to light?",
                        "There is a problem",
                        "href=\"#how\"",
                        "Select how the incident came to light",
                        "href=\"#cameToLight-day\"",
                        "value=\"31\"",
                        "govuk-form-group--error");
    }

    @Test
    void checkingAnIncompleteReportGoesBackToTheFirstUnansweredQuestionAndSaysWhatIsMissing() throws Exception {
        var me = dsl("dsl.incomplete." + UUID.randomUUID());
        answer("/portal/report/how", me, ReportAnswers.DISCOVERED_BY_STAFF);
        mvc.perform(get("/portal/report/check").with(me))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/portal/report/imagery?incomplete=yes"));
        assertThat(page(get("/portal/report/imagery?incomplete=yes").with(me)))
                .contains("There is a problem", "Select what the image shows, or Not known", "href=\"#spread\"");
        assertThat(page(get("/portal/report/imagery").with(me))).doesNotContain("There is a problem");
    }

    @Test
    void anInitialReviewThatMeetsACriterionLeadsToTheReferralAndThePoliceOutcomeShowsOnTheCase() throws Exception {
        var me = dsl("dsl.refer." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String review = page(get("/portal/cases/" + caseId + "/initial-review").with(me));
        assertThat(review).contains("Is an adult involved?", "Is there reason to believe a child is at immediate risk");

        mvc.perform(withFields(post("/portal/cases/" + caseId + "/initial-review"), ReportAnswers.initialReview("yes"))
                        .with(me)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/portal/cases/" + caseId + "/referral"));
        assertThat(page(get("/portal/cases/" + caseId + "/referral").with(me)))
                .contains("This case must be referred", "an adult is involved")
                .doesNotContain("Handle it in school instead");
        assertThat(page(get("/portal/cases/" + caseId + "/handle-in-school").with(me)))
                .contains("You cannot handle this case in school")
                .doesNotContain("name=\"rationale\"");

        mvc.perform(post("/portal/cases/" + caseId + "/referral")
                        .with(me)
                        .with(csrf())
                        .param("referredTo", "POLICE")
                        .param("reasons", "An adult asked child-1 for pictures."))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/portal/cases/" + caseId));
        commands.sendAndWait(new RecordPoliceUpdateCommand(
                new CaseId(UUID.fromString(caseId)),
                UUID.randomUUID().toString(),
                "org.casebridge.police.outcome-assigned.v1",
                "MPS",
                Instant.now(),
                PoliceUpdateKind.OUTCOME_DECIDED,
                "Outcome 21: further investigation not in the public interest (Home Office outcome code 21)"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(page(get("/portal/cases/" + caseId).with(me)))
                                .contains(
                                        "Referred to The police",
                                        "What the police decided",
                                        "Outcome 21: further investigation not in the public interest",
                                        "govuk-task-list",
                                        "casebridge-timeline"));
    }

    @Test
    void aReviewContradictingTheReportIsRefusedAgainstTheCriterionItConcerns() throws Exception {
        var me = dsl("dsl.contradicts." + UUID.randomUUID());
        String caseId = reportedCase(
                me,
                Map.of(
                        "imagery",
                        "UNUSUAL_OR_VIOLENT_ACT",
                        "spread",
                        "ONE_RECIPIENT",
                        "internet",
                        "no",
                        "schoolDevice",
                        "no"),
                ReportAnswers.FIRST_CHILD);
        String refused =
                page(withFields(post("/portal/cases/" + caseId + "/initial-review"), ReportAnswers.initialReview("no"))
                        .with(me)
                        .with(csrf()));
        assertThat(refused)
                .contains(
                        "There is a problem",
                        "href=\"#UNUSUAL_OR_VIOLENT_ACTS\"",
                        "id=\"UNUSUAL_OR_VIOLENT_ACTS-error\"")
                .doesNotContain("id=\"heldAt-day-error\"");
    }

    @Test
    void parentsDevicesAndClosureAreRecordedFromTheCasePage() throws Exception {
        var me = dsl("dsl.close." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        mvc.perform(withFields(post(base + "/initial-review"), ReportAnswers.initialReview("no"))
                        .with(me)
                        .with(csrf()))
                .andExpect(header().string("Location", base));
        saved(
                base + "/handle-in-school",
                me,
                Map.of("rationale", "No criterion met: a consensual exchange between two pupils, not forwarded."));
        saved(
                base + "/parents",
                me,
                Map.of(
                        "childRef",
                        "child-1",
                        "informed",
                        "yes",
                        "whoWasInformed",
                        "Mother",
                        "informedAt-day",
                        "27",
                        "informedAt-month",
                        "11",
                        "informedAt-year",
                        "2026",
                        "informedAt-time",
                        "15:30",
                        "method",
                        "IN_PERSON"));
        saved(
                base + "/parents",
                me,
                Map.of(
                        "childRef",
                        "child-2",
                        "informed",
                        "no",
                        "reasonNotInformed",
                        "Telling the father would put child-2 at risk at home."));
        assertThat(page(get(base + "/devices").with(me))).contains("Casebridge never accepts imagery");
        saved(base + "/devices", me, ReportAnswers.SMARTPHONE_IN_THE_HEADS_SAFE);
        saved(
                base + "/viewing",
                me,
                Map.of(
                        "viewedAt-day",
                        "27",
                        "viewedAt-month",
                        "11",
                        "viewedAt-year",
                        "2026",
                        "viewedAt-time",
                        "12:00",
                        "headteacherConsulted",
                        "yes",
                        "witnessName",
                        "C. Patel",
                        "witnessDidNotView",
                        "yes",
                        "onSchoolPremises",
                        "yes",
                        "reason",
                        "Needed to establish whether a sexual act was shown"));

        String closeEarly = page(post(base + "/closure")
                .with(me)
                .with(csrf())
                .param("outcomeSummary", "Support in place, images deleted, families informed."));
        assertThat(closeEarly).contains("There is a problem", "device-1");

        assertThat(page(get(base + "/closure").with(me)))
                .contains("What was the outcome?")
                .doesNotContain("policeOutcomeNotAwaitedReason");
        saved(base + "/devices/device-1", me, Map.of("decision", "return", "returnedTo", "child-2's mother"));
        saved(base + "/closure", me, Map.of("outcomeSummary", "Support in place, images deleted, families informed."));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(page(get(base).with(me)))
                        .contains("<h1 class=\"govuk-heading-l\">Closed</h1>", "Returned", "Informed"));
        assertThat(page(get(base).with(me))).doesNotContain("govuk-notification-banner--success");
        assertThat(page(get(base).with(me).flashAttr("success", "The case is closed")))
                .contains("govuk-notification-banner--success", "The case is closed");
        assertThat(page(get("/portal/cases?filter=CLOSED").with(me))).contains(caseId);
        assertThat(page(get("/portal/cases?filter=OPEN").with(me))).doesNotContain(caseId);
    }

    @Test
    void anotherSchoolsCaseIsPageNotFoundAndOnlyADslMayRecordAnything() throws Exception {
        var me = dsl("dsl.scope." + UUID.randomUUID());
        String caseId = reportedCase(me);
        var otherSchool = user("dsl.other." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        for (String path : new String[] {"", "/initial-review", "/parents", "/closure"}) {
            assertThat(page(get("/portal/cases/" + caseId + path).with(otherSchool), 404))
                    .contains("Page not found");
        }
        assertThat(page(get("/portal/cases/" + UUID.randomUUID()).with(me), 404))
                .contains("Page not found");
        assertThat(page(
                        withFields(
                                        post("/portal/cases/" + caseId + "/initial-review"),
                                        ReportAnswers.initialReview("no"))
                                .with(otherSchool)
                                .with(csrf()),
                        404))
                .contains("Page not found");
        assertThat(page(get("/portal/cases?filter=ALL").with(otherSchool))).doesNotContain(caseId);

        var auditor = user("auditor", "AUDITOR", SCHOOL);
        assertThat(page(get("/portal/cases/" + caseId).with(auditor))).contains(caseId);
        var otherAuditor = user("auditor.other", "AUDITOR", OTHER_SCHOOL);
        assertThat(page(get("/portal/cases/" + caseId).with(otherAuditor), 404))
                .as("an auditor reads their own organisation's cases only")
                .contains("Page not found");
        assertThat(page(
                        withFields(
                                        post("/portal/cases/" + caseId + "/initial-review"),
                                        ReportAnswers.initialReview("no"))
                                .with(auditor)
                                .with(csrf()),
                        403))
                .contains("You cannot do this");
        assertThat(page(
                        post("/portal/report/how")
                                .with(user("officer", "POLICE_LIAISON", "WMP"))
                                .with(csrf())
                                .param("how", "OTHER"),
                        403))
                .contains("You cannot do this");
    }

    @Test
    void everyCasePageReadIsInTheAccessLog() throws Exception {
        var me = dsl("dsl.log." + UUID.randomUUID());
        String caseId = reportedCase(me);
        page(get("/portal/cases/" + caseId).with(me));
        page(get("/portal/cases").with(me));
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND path = ?",
                        String.class,
                        caseId,
                        "/portal/cases/" + caseId))
                .containsExactly("case");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE what = 'case-list' AND path ="
                                + " '/portal/cases' AND actor_org = ?",
                        Integer.class,
                        SCHOOL))
                .isPositive();
    }

    /** Answers a page, which moves on to the next, and finds that page. */
    private void answer(String path, OidcLoginRequestPostProcessor me, Map<String, String> fields, String next)
            throws Exception {
        MvcResult result = answer(path, me, fields);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(next);
        assertThat(page(get(next).with(me))).contains("govuk-heading-l");
    }

    /** Saves a page of the case, which goes back to the case page. */
    private void saved(String path, OidcLoginRequestPostProcessor me, Map<String, String> fields) throws Exception {
        assertThat(answer(path, me, fields).getResponse().getHeader("Location")).startsWith("/portal/cases/");
    }
}
