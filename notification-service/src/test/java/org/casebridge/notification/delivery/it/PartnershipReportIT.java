package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.school.AdultSummary;
import org.casebridge.events.school.CaseClosedEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.report.PartnershipMeasure;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The partnership report end to end on the real broker and database: school and police events of two areas go onto
 * the topics (referrals, outcomes and factors; reports, closures handled in school and the review and meeting clocks,
 * ADR 0067), each area's partnership reads its own figures (and only its own) through the API and the CSV, every
 * count from 1 to 4 is withheld in both, and a replay of the projection rebuilds the same figures.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipReportIT {

    /** The areas of reference/partnerships-it.csv, which no other test class publishes to. */
    static final String NORTH = "E07000008";

    static final String SOUTH = "E07000009";
    static final Instant MARCH = Instant.parse("2026-03-10T09:00:00Z");
    static final String QUERY = "?from=2026-02&to=2026-04&area=";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private final BusRecords bus = new BusRecords();
    private AgencyApi north;
    private AgencyApi south;

    @BeforeAll
    void publishTwoAreas() {
        north = new AgencyApi(rest, "lscp.north", "PARTNERSHIP", "lscp-it-north");
        south = new AgencyApi(rest, "lscp.south", "PARTNERSHIP", "lscp-it-south");
        for (int i = 0; i < 6; i++) {
            String caseId = UUID.randomUUID().toString();
            String reported = UUID.randomUUID().toString();
            bus.publish(reported, new IncidentReportedEvent(caseId, "100001", NORTH, MARCH.minus(Duration.ofDays(1))));
            bus.publish(reported, new IncidentReportedEvent(caseId, "100001", NORTH, MARCH.minus(Duration.ofDays(1))));
            bus.publish(new InitialReviewClockResultEvent(
                    caseId, "100001", NORTH, i < 5 ? "MET" : "MISSED", MARCH, MARCH.minus(Duration.ofHours(2))));
            bus.publish(new StrategyMeetingClockResultEvent(
                    caseId,
                    "MPS",
                    i < 5 ? "MISSED" : "MET",
                    MARCH.plus(Duration.ofDays(3)),
                    MARCH.plus(Duration.ofDays(3))));
            bus.publish(referral(caseId, NORTH));
            bus.publish(new AggravatingFactorsAssessedEvent(
                    caseId,
                    "MPS",
                    i < 2 ? List.of("COERCION_OR_BLACKMAIL") : List.of(),
                    "POLICE_IN_CONTROL",
                    false,
                    MARCH.plus(Duration.ofDays(1))));
            bus.publish(new OutcomeAssignedEvent(
                    caseId,
                    "MPS",
                    i < 5 ? "OUTCOME_21" : "OUTCOME_22",
                    i < 5 ? "21" : "22",
                    MARCH.plus(Duration.ofDays(10 + i))));
        }
        for (int i = 0; i < 5; i++) {
            bus.publish(ladoReferral(UUID.randomUUID().toString(), NORTH));
        }
        String early = UUID.randomUUID().toString();
        bus.publish(new OutcomeAssignedEvent(early, "MPS", "CHARGE", null, MARCH.plus(Duration.ofDays(3))));
        bus.publish(referral(early, SOUTH));
        bus.publish(referral(UUID.randomUUID().toString(), SOUTH));
        for (int i = 0; i < 6; i++) {
            String caseId = UUID.randomUUID().toString();
            Instant closedAt = i < 5 ? MARCH.plus(Duration.ofDays(30)) : MARCH.plus(Duration.ofDays(5));
            bus.publish(new IncidentReportedEvent(caseId, "100002", SOUTH, MARCH));
            bus.publish(new CaseClosedEvent(caseId, "100002", "HANDLED_IN_SCHOOL", false, closedAt));
            bus.publish(new CaseClosedEventV2(caseId, "100002", SOUTH, "HANDLED_IN_SCHOOL", false, closedAt));
        }
    }

    @AfterAll
    void closeBus() {
        bus.close();
    }

    @Test
    void eachPartnershipReadsItsAreasFiguresWithEveryCountFrom1To4Withheld() {
        JsonNode report = await().atMost(PATIENCE)
                .until(
                        () -> north.get("/api/reports/partnership" + QUERY + NORTH),
                        r -> figure(r, "OUTCOME", "22", 1)
                                        .path("display")
                                        .asText()
                                        .equals("fewer than 5")
                                && figure(r, "OUTCOME", "21", 1).path("value").asInt() == 5);

        assertThat(report.path("months").toString()).isEqualTo("[\"2026-02\",\"2026-03\",\"2026-04\"]");
        assertThat(figure(report, "REFERRED", "ALL", 0).toString()).isEqualTo("{\"value\":0,\"display\":\"0\"}");
        assertThat(figure(report, "REFERRED", "ALL", 1).toString()).isEqualTo("{\"value\":6,\"display\":\"6\"}");
        assertThat(figure(report, "OUTCOME", "21", 1).toString()).isEqualTo("{\"value\":5,\"display\":\"5\"}");
        assertThat(figure(report, "OUTCOME", "22", 1).toString())
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        assertThat(figure(report, "OUTCOME", "OTHER", 1).path("value").asInt()).isZero();
        JsonNode ladoMissed = await().atMost(PATIENCE)
                .until(
                        () -> figure(
                                north.get("/api/reports/partnership" + QUERY + NORTH),
                                "LADO_ACKNOWLEDGEMENT",
                                "MISSED",
                                1),
                        f -> f.path("value").asInt() == 5);
        assertThat(ladoMissed.toString())
                .as("five LADO referrals of March that no LADO acknowledged ran out on the clock (ADR 0065)")
                .isEqualTo("{\"value\":5,\"display\":\"5\"}");
        assertThat(figure(north.get("/api/reports/partnership" + QUERY + NORTH), "LADO_ACKNOWLEDGEMENT", "MET", 1)
                        .toString())
                .isEqualTo("{\"value\":0,\"display\":\"0\"}");
        assertThat(figure(report, "AGGRAVATING_FACTOR", "COERCION_OR_BLACKMAIL", 1)
                        .toString())
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        JsonNode march = report.path("referralToOutcome").get(1);
        assertThat(march.path("outcomes").path("value").asInt()).isEqualTo(6);
        assertThat(march.path("medianDays").path("value").asInt()).isEqualTo(12);
        JsonNode measures = await().atMost(PATIENCE)
                .until(
                        () -> north.get("/api/reports/partnership" + QUERY + NORTH),
                        r -> figure(r, "REPORTED", "ALL", 1).path("value").asInt() == 6
                                && figure(r, "STRATEGY_MEETING", "MISSED", 1)
                                                .path("value")
                                                .asInt()
                                        == 5);
        assertThat(figure(measures, "INITIAL_REVIEW", "MET", 1).toString())
                .isEqualTo("{\"value\":5,\"display\":\"5\"}");
        assertThat(figure(measures, "INITIAL_REVIEW", "MISSED", 1).toString())
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        assertThat(figure(measures, "STRATEGY_MEETING", "MET", 1).toString())
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        assertThat(figure(measures, "REPORTED", "ALL", 1).toString())
                .as("a report delivered twice is counted once")
                .isEqualTo("{\"value\":6,\"display\":\"6\"}");
        assertThatNoWithheldValueIsShown(measures);

        ResponseEntity<String> csv = north.call(HttpMethod.GET, "/api/reports/partnership.csv" + QUERY + NORTH, null);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody())
                .startsWith("area,measure,category,month,figure\n")
                .contains(NORTH + ",REFERRED,ALL,2026-03,6\n")
                .contains(NORTH + ",OUTCOME,21,2026-03,5\n")
                .contains(NORTH + ",OUTCOME,22,2026-03,fewer than 5\n")
                .contains(NORTH + ",AGGRAVATING_FACTOR,COERCION_OR_BLACKMAIL,2026-03,fewer than 5\n")
                .contains(NORTH + ",LADO_ACKNOWLEDGEMENT,MISSED,2026-03,5\n")
                .contains(NORTH + ",REPORTED,ALL,2026-03,6\n")
                .contains(NORTH + ",INITIAL_REVIEW,MET,2026-03,5\n")
                .contains(NORTH + ",INITIAL_REVIEW,MISSED,2026-03,fewer than 5\n")
                .contains(NORTH + ",STRATEGY_MEETING,MISSED,2026-03,5\n")
                .contains(NORTH + ",STRATEGY_MEETING,MET,2026-03,fewer than 5\n")
                .doesNotContain(",1\n", ",2\n", ",3\n", ",4\n");

        JsonNode southReport = await().atMost(PATIENCE)
                .until(
                        () -> south.get("/api/reports/partnership" + QUERY + SOUTH),
                        r -> figure(r, "OUTCOME", "OTHER", 1)
                                .path("display")
                                .asText()
                                .equals("fewer than 5"));
        assertThat(figure(southReport, "REFERRED", "ALL", 1).toString())
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        assertThat(southReport
                        .path("referralToOutcome")
                        .get(1)
                        .path("medianDays")
                        .path("display")
                        .asText())
                .isEqualTo("fewer than 5");
        JsonNode southClosures = await().atMost(PATIENCE)
                .until(
                        () -> south.get("/api/reports/partnership" + QUERY + SOUTH),
                        r -> figure(r, "HANDLED_IN_SCHOOL", "ALL", 2)
                                        .path("value")
                                        .asInt()
                                == 5);
        assertThat(figure(southClosures, "HANDLED_IN_SCHOOL", "ALL", 1).toString())
                .as("version 1 of a closure beside version 2 is not counted again")
                .isEqualTo("{\"value\":null,\"display\":\"fewer than 5\"}");
        assertThat(figure(southClosures, "REPORTED", "ALL", 1).toString()).isEqualTo("{\"value\":6,\"display\":\"6\"}");
        assertThatNoWithheldValueIsShown(southClosures);
        assertThat(south.call(HttpMethod.GET, "/api/reports/partnership.csv" + QUERY + SOUTH, null)
                        .getBody())
                .contains(SOUTH + ",REFERRED,ALL,2026-03,fewer than 5\n")
                .contains(SOUTH + ",OUTCOME,OTHER,2026-03,fewer than 5\n")
                .contains(SOUTH + ",HANDLED_IN_SCHOOL,ALL,2026-03,fewer than 5\n")
                .contains(SOUTH + ",HANDLED_IN_SCHOOL,ALL,2026-04,5\n")
                .contains(SOUTH + ",REPORTED,ALL,2026-03,6\n")
                .doesNotContain(",1\n", ",2\n", ",3\n", ",4\n");
    }

    @Test
    void thePortalPageShowsTheSameFiguresAsTablesWithTheCsvAndRefusesAnotherArea() throws Exception {
        await().atMost(PATIENCE)
                .until(
                        () -> north.get("/api/reports/partnership" + QUERY + NORTH),
                        r -> figure(r, "OUTCOME", "21", 1).path("value").asInt() == 5);
        MvcResult page = mvc.perform(get("/portal/reports/partnership?area=" + NORTH + "&from=2026-02&to=2026-04")
                        .with(PortalSignIn.as("lscp.north", "PARTNERSHIP", "lscp-it-north", "Pat Lee")))
                .andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("Partnership report for " + NORTH)
                .as("the header names the role and the partnership in words")
                .contains(">Safeguarding children partnership<", ">Test partnership of the north area<")
                .contains("id=\"measure-REFERRED\"", "id=\"measure-OUTCOME\"", "id=\"referral-to-outcome\"")
                .contains(
                        "id=\"measure-REPORTED\"",
                        "id=\"measure-HANDLED_IN_SCHOOL\"",
                        "id=\"measure-INITIAL_REVIEW\"",
                        "id=\"measure-STRATEGY_MEETING\"")
                .contains(
                        "id=\"chart-REPORTED\"",
                        "id=\"chart-HANDLED_IN_SCHOOL\"",
                        "id=\"chart-INITIAL_REVIEW\"",
                        "id=\"chart-STRATEGY_MEETING\"")
                .contains("Incidents reported", "Initial review held in time", "Strategy meeting held in time")
                .contains(
                        "<caption class=\"govuk-table__caption govuk-table__caption--s\">Police outcomes by month</caption>")
                .contains("id=\"chart-OUTCOME\"", "id=\"chart-REFERRAL_TO_OUTCOME\"")
                .contains(">fewer than 5<")
                .contains("Coercion or blackmail")
                .contains("/api/reports/partnership.csv?area=" + NORTH + "&amp;from=2026-02&amp;to=2026-04");
        assertThat(html.replaceAll("\\s+", " "))
                .contains("<th scope=\"row\" class=\"govuk-table__header\">March 2026</th>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">5</td>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">fewer than 5</td>"
                        + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">0</td>");

        assertThatThePageShowsNoCountFrom1To4(html);

        MvcResult refused = mvc.perform(get("/portal/reports/partnership?area=" + NORTH)
                        .with(PortalSignIn.as("lscp.south", "PARTNERSHIP", "lscp-it-south", "Sam Roe")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("You cannot do this");
    }

    @Test
    void anotherAreasPartnershipAnAgencyAndBadInputAreRefusedAndAnAuditorReads() {
        assertProblem(south.call(HttpMethod.GET, "/api/reports/partnership" + QUERY + NORTH, null), 403);
        assertProblem(south.call(HttpMethod.GET, "/api/reports/partnership.csv" + QUERY + NORTH, null), 403);
        AgencyApi agency = new AgencyApi(rest, "csc-hackney");
        assertProblem(agency.call(HttpMethod.GET, "/api/reports/partnership" + QUERY + NORTH, null), 403);
        assertProblem(north.call(HttpMethod.GET, "/api/reports/partnership?area=north", null), 400);
        assertProblem(
                north.call(HttpMethod.GET, "/api/reports/partnership?area=" + NORTH + "&from=2026-05&to=2026-01", null),
                422);
        AgencyApi auditor = new AgencyApi(rest, "ig.reports", "AUDITOR", "casebridge-ig");
        assertThat(auditor.call(HttpMethod.GET, "/api/reports/partnership" + QUERY + SOUTH, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void aReplayOfTheProjectionRebuildsTheSameFigures() {
        await().atMost(PATIENCE)
                .until(
                        () -> north.get("/api/reports/partnership" + QUERY + NORTH),
                        r -> figure(r, "OUTCOME", "21", 1).path("value").asInt() == 5
                                && figure(r, "LADO_ACKNOWLEDGEMENT", "MISSED", 1)
                                                .path("value")
                                                .asInt()
                                        == 5);
        await().atMost(PATIENCE)
                .until(
                        () -> south.get("/api/reports/partnership" + QUERY + SOUTH),
                        r -> figure(r, "OUTCOME", "OTHER", 1).path("value").isNull()
                                && figure(r, "OUTCOME", "OTHER", 1)
                                        .path("display")
                                        .asText()
                                        .equals("fewer than 5"));
        await().atMost(PATIENCE)
                .until(
                        () -> south.get("/api/reports/partnership" + QUERY + SOUTH),
                        r -> figure(r, "HANDLED_IN_SCHOOL", "ALL", 2)
                                        .path("value")
                                        .asInt()
                                == 5);
        await().atMost(PATIENCE)
                .until(
                        () -> north.get("/api/reports/partnership" + QUERY + NORTH),
                        r -> figure(r, "STRATEGY_MEETING", "MISSED", 1)
                                                .path("value")
                                                .asInt()
                                        == 5
                                && figure(r, "INITIAL_REVIEW", "MET", 1)
                                                .path("value")
                                                .asInt()
                                        == 5);
        List<Map<String, Object>> before = myRows();
        assertThat(before)
                .extracting(row -> row.get("measure"))
                .contains("REPORTED", "HANDLED_IN_SCHOOL", "INITIAL_REVIEW", "STRATEGY_MEETING");
        String northBefore =
                north.get("/api/reports/partnership" + QUERY + NORTH).toString();
        String southBefore =
                south.get("/api/reports/partnership" + QUERY + SOUTH).toString();

        AgencyApi operator = new AgencyApi(rest, "ops-report", "OPERATOR", "casebridge-ops");
        ResponseEntity<String> replay =
                operator.call(HttpMethod.POST, "/api/projections/partnership-report/replay", null);
        assertThat(replay.getStatusCode().value()).as(replay.getBody()).isEqualTo(202);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode status = null;
            for (JsonNode group : operator.get("/api/projections")) {
                if (group.path("processingGroup").asText().equals("partnership-report")) {
                    status = group;
                }
            }
            assertThat(status).isNotNull();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(myRows()).isEqualTo(before);
        });
        assertThat(north.get("/api/reports/partnership" + QUERY + NORTH).toString())
                .isEqualTo(northBefore);
        assertThat(south.get("/api/reports/partnership" + QUERY + SOUTH).toString())
                .isEqualTo(southBefore);
    }

    private List<Map<String, Object>> myRows() {
        return jdbc.queryForList(
                "SELECT local_authority_code, month, measure, category, count FROM partnership_count"
                        + " WHERE local_authority_code IN (?, ?) ORDER BY 1, 2, 3, 4",
                NORTH,
                SOUTH);
    }

    private static ReferralMadeEvent referral(String caseId, String area) {
        return new ReferralMadeEvent(
                caseId,
                "100001",
                area,
                "MPS",
                List.of("POLICE"),
                List.of(),
                List.of(new ChildSummary("child-1", 14, "Year 10", List.of("PICTURED"))),
                MARCH);
    }

    /** A school's referral to the LADO in March, which the area's LADO never acknowledges. */
    private static LadoReferralMadeEvent ladoReferral(String caseId, String area) {
        return new LadoReferralMadeEvent(
                caseId,
                "100001",
                area,
                List.of(new AdultSummary("adult-1", "STAFF", "THIS_SCHOOL")),
                List.of(new ChildSummary("child-1", 14, "Year 10", List.of("PICTURED"))),
                MARCH.plus(Duration.ofDays(1)),
                false,
                MARCH);
    }

    private static JsonNode figure(JsonNode report, String measure, String category, int month) {
        for (JsonNode m : report.path("measures")) {
            if (m.path("measure").asText().equals(measure)) {
                for (JsonNode row : m.path("rows")) {
                    if (row.path("category").asText().equals(category)) {
                        return row.path("figures").get(month);
                    }
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Every figure of the report: a value of 1 to 4 is never given, and a withheld one says so. */
    private static void assertThatNoWithheldValueIsShown(JsonNode report) {
        for (JsonNode m : report.path("measures")) {
            for (JsonNode row : m.path("rows")) {
                row.path("figures").forEach(PartnershipReportIT::assertPublishable);
            }
        }
        for (JsonNode timing : report.path("referralToOutcome")) {
            assertPublishable(timing.path("outcomes"));
        }
    }

    private static void assertPublishable(JsonNode figure) {
        if (figure.path("value").isNull()) {
            assertThat(figure.path("display").asText()).isIn("fewer than 5", "none");
        } else {
            assertThat(figure.path("value").asInt()).as(figure.toString()).isNotIn(1, 2, 3, 4);
            assertThat(figure.path("display").asText())
                    .isEqualTo(figure.path("value").asText());
        }
    }

    /**
     * Every figure of the page's tables, every text of its charts and each chart's text alternative: no count from 1
     * to 4 (a median of 5 or more outcomes may be a few days, and is shown).
     */
    private static void assertThatThePageShowsNoCountFrom1To4(String html) {
        Matcher cell = Pattern.compile("<td class=\"govuk-table__cell govuk-table__cell--numeric\">([^<]*)</td>")
                .matcher(html.substring(0, html.indexOf("id=\"referral-to-outcome\"")));
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertThat(cell.group(1)).isNotIn("1", "2", "3", "4");
        }
        assertThat(cells).as("figures in the tables of the measures").isGreaterThan(10);
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text\\s*>").matcher(html);
        int texts = 0;
        while (text.find()) {
            texts++;
            assertThat(text.group(1).strip()).isNotIn("1", "2", "3", "4");
        }
        assertThat(texts).as("text in the charts").isGreaterThan(10);
        Matcher alt = Pattern.compile("aria-label=\"(Bar chart[^\"]*)\"").matcher(html);
        int alts = 0;
        while (alt.find()) {
            alts++;
            assertThat(alt.group(1).split("[ ,.:]+")).noneMatch(word -> word.matches("[1-4]"));
        }
        assertThat(alts)
                .as("a text alternative per chart: one per measure and the referral-to-outcome chart")
                .isEqualTo(PartnershipMeasure.values().length + 1);
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }
}
