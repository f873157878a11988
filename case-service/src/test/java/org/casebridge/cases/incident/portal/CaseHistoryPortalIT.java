package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * "View as at" on the DSL portal (ADR 0047): the case page and each timeline entry link to the case as it stood then,
 * shown as a historical view with nothing to act on; a date typed in the form that is to come, or before the case
 * was reported, is an error on the form; another school's case is not found; each view is recorded as an as-of read.
 * And the page of who outside the school read its cases.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class CaseHistoryPortalIT extends CasePortalSteps {

    @Autowired
    AccessLog accessLog;

    @Test
    void theTimelineLinksEachEntryToAHistoricalViewWithNothingToActOn() throws Exception {
        var me = dsl("dsl.history." + UUID.randomUUID());
        String caseId = reportedCase(me);
        Instant reportedAt = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "SELECT occurred_at FROM case_timeline WHERE case_id = ?::uuid",
                                        Timestamp.class,
                                        caseId)
                                .stream()
                                .map(Timestamp::toInstant)
                                .findFirst()
                                .orElse(null),
                        at -> at != null);

        String casePage = page(get("/portal/cases/" + caseId).with(me));
        assertThat(casePage)
                .contains(
                        "id=\"view-as-at\"",
                        "View as at this time",
                        "/portal/cases/" + caseId + "/as-at?at=" + reportedAt);

        String asAt = page(get("/portal/cases/" + caseId + "/as-at")
                .param("at", reportedAt.toString())
                .with(me));
        assertThat(asAt)
                .contains(
                        "Historical view",
                        "Nothing can be recorded or changed from this page",
                        "The case as at " + new CaseText().time(reportedAt),
                        "id=\"as-at-status\">Reported<",
                        "id=\"as-at-timeline\"")
                .doesNotContain("govuk-task-list", "Record support for a child", "/initial-review\"", "Add a child");
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND path = ?",
                        String.class,
                        caseId,
                        "/portal/cases/" + caseId + "/as-at"))
                .containsExactly("case-as-of");

        assertThat(page(get("/portal/cases/" + caseId + "/as-at").with(me)))
                .contains("See the case as it stood at an earlier time", "id=\"as-at-form\"")
                .doesNotContain("Historical view");
    }

    @Test
    void aTypedTimeThatIsToComeOrBeforeTheReportIsAnErrorOnTheForm() throws Exception {
        var me = dsl("dsl.history." + UUID.randomUUID());
        String caseId = reportedCase(me);
        Instant nextYear = Instant.now().plus(Duration.ofDays(400));
        String future = page(get("/portal/cases/" + caseId + "/as-at")
                .param("asAt-day", "1")
                .param("asAt-month", "1")
                .param("asAt-year", nextYear.toString().substring(0, 4))
                .param("asAt-time", "10:00")
                .with(me));
        assertThat(future).contains("govuk-error-summary", "is in the future").doesNotContain("Historical view");

        String tooEarly = page(get("/portal/cases/" + caseId + "/as-at")
                .param("asAt-day", "1")
                .param("asAt-month", "1")
                .param("asAt-year", "2020")
                .param("asAt-time", "10:00")
                .with(me));
        assertThat(tooEarly).contains("govuk-error-summary", "The case had not been reported yet at that time");

        String missingTime = page(get("/portal/cases/" + caseId + "/as-at")
                .param("asAt-day", "1")
                .param("asAt-month", "1")
                .param("asAt-year", "2026")
                .with(me));
        assertThat(missingTime).contains("govuk-error-summary", "Enter the time");

        page(
                get("/portal/cases/" + caseId + "/as-at")
                        .param("at", Instant.now().toString())
                        .with(user("dsl.other", "SCHOOL_DSL", OTHER_SCHOOL)),
                404);
    }

    @Test
    void theSchoolSeesWhoOutsideItReadItsCases() throws Exception {
        var me = dsl("dsl.history." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String purpose = "Strategy meeting " + UUID.randomUUID();
        accessLog.record(new Actor("officer.hughes", Actor.Role.POLICE_LIAISON, "WMP"), "case", caseId, "/x", purpose);

        String reference =
                jdbc.queryForObject("SELECT reference FROM case_summary WHERE case_id = ?::uuid", String.class, caseId);
        assertThat(page(get("/portal/outside-reads").with(me)))
                .contains("Who outside the school read its cases", "id=\"outside-reads\"", purpose)
                .as("the reader by role, the case by its reference, never either by id")
                .contains("a police liaison officer", "West Midlands Police", ">" + reference + "</a>")
                .doesNotContain("officer.hughes", ">" + caseId.substring(0, 8) + "</a>")
                .contains("/portal/cases/" + caseId);
        assertThat(page(get("/portal/outside-reads").with(user("dsl.other", "SCHOOL_DSL", OTHER_SCHOOL))))
                .doesNotContain(purpose);
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE path = '/portal/outside-reads' AND actor_org = ?",
                        String.class,
                        SCHOOL))
                .isNotEmpty()
                .containsOnly("outside-reads");
        List<String> nav = List.of("Who else read our cases");
        assertThat(page(get("/portal/cases").with(me))).contains(nav);
    }
}
