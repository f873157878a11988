package org.casebridge.notification.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.casebridge.notification.referral.command.LadoAdult;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The small-number rule on every figure of every measure and in every form the report leaves the service in: the JSON
 * of the API, the CSV download, and the charts of the page (their bar labels, axis, legend and text alternative). In
 * month {@code n} (0 to 7) of the report every category of every measure counts {@code n}, so each measure has counts
 * of 1, 2, 3 and 4 to withhold and 0, 5, 6 and 7 to show. The page's tables are checked on the served page by
 * {@code PartnershipReportIT}.
 */
class SmallNumberRuleTest {

    static final YearMonth FIRST = YearMonth.of(2025, 5);
    static final int MONTHS = 8;
    /** Counts of 1 to 4: months 1 to 4 of each category. */
    static final int WITHHELD_PER_CATEGORY = 4;
    /** The referrals of the cases that have an outcome, a factor or a clock in the report: before its first month. */
    static final Instant BEFORE = Instant.parse("2025-04-01T09:00:00Z");

    static JdbcTemplate jdbc;
    static PartnershipReportProjection projection;

    static String area;
    static PartnershipReport report;

    @BeforeAll
    static void seededReport() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("partnership_small_numbers"));
        projection = new PartnershipReportProjection(jdbc);
        area = "E" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        seed();
        PartnershipReports reports = new PartnershipReports(
                jdbc,
                PartnershipDirectory.of(Map.of("lscp-rule", Set.of(area))),
                Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"), ZoneOffset.UTC));
        report = reports.report(
                new Actor("lscp.rule", Actor.Role.PARTNERSHIP, "lscp-rule"),
                area,
                FIRST.toString(),
                FIRST.plusMonths(MONTHS - 1).toString());
    }

    @Test
    void everyCountFrom1To4IsWithheldInTheReport() {
        assertThat(report.measures())
                .extracting(PartnershipReport.Measure::measure)
                .containsExactly(names());
        for (PartnershipReport.Measure measure : report.measures()) {
            assertThat(measure.rows()).as(measure.measure()).isNotEmpty();
            for (PartnershipReport.Row row : measure.rows()) {
                for (int n = 0; n < MONTHS; n++) {
                    Figure expected = n >= 1 && n <= 4 ? new Figure(null, Figure.FEWER_THAN_5) : new Figure(n, "" + n);
                    assertThat(row.figures().get(n))
                            .as(measure.measure() + " " + row.category() + " month " + n)
                            .isEqualTo(expected);
                }
            }
        }
        List<PartnershipReport.Timing> timings = report.referralToOutcome();
        for (int n = 0; n < MONTHS; n++) {
            int outcomes = 3 * n;
            Figure expected = outcomes >= 1 && outcomes <= 4
                    ? new Figure(null, Figure.FEWER_THAN_5)
                    : new Figure(outcomes, "" + outcomes);
            assertThat(timings.get(n).outcomes())
                    .as("outcomes timed, month " + n)
                    .isEqualTo(expected);
            assertThat(timings.get(n).medianDays().withheld())
                    .as("median of month " + n)
                    .isEqualTo(outcomes < Figure.THRESHOLD);
        }
    }

    @Test
    void theJsonGivesNoValueFrom1To4AndSaysFewerThan5() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));
        List<JsonNode> counts = new ArrayList<>();
        json.path("measures")
                .forEach(m -> m.path("rows").forEach(r -> r.path("figures").forEach(counts::add)));
        json.path("referralToOutcome").forEach(t -> counts.add(t.path("outcomes")));

        int withheld = 0;
        for (JsonNode figure : counts) {
            assertThat(figure.has("value")).as(figure.toString()).isTrue();
            if (figure.path("value").isNull()) {
                assertThat(figure.path("display").asText()).isEqualTo("fewer than 5");
                withheld++;
            } else {
                assertThat(figure.path("value").asInt()).as(figure.toString()).isNotIn(1, 2, 3, 4);
                assertThat(figure.path("display").asText())
                        .isEqualTo(figure.path("value").asText());
            }
        }
        assertThat(withheld).isEqualTo(expectedWithheldCounts());
        for (JsonNode timing : json.path("referralToOutcome")) {
            if (timing.path("outcomes").path("value").isNull()) {
                assertThat(timing.path("medianDays").path("value").isNull()).isTrue();
                assertThat(timing.path("medianDays").path("display").asText()).isIn("fewer than 5", "none");
            }
        }
    }

    @Test
    void theCsvCarriesOnlyTheDisplayedFigures() {
        String[] lines = PartnershipReports.csv(report).split("\n");
        assertThat(lines[0]).isEqualTo("area,measure,category,month,figure");
        int withheld = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            assertThat(fields).as(lines[i]).hasSize(5);
            String figure = fields[4];
            if (figure.equals("fewer than 5")) {
                withheld += fields[1].equals("REFERRAL_TO_OUTCOME_MEDIAN_DAYS") ? 0 : 1;
                continue;
            }
            if (fields[1].equals("REFERRAL_TO_OUTCOME_MEDIAN_DAYS")) {
                assertThat(figure).as(lines[i]).matches("\\d+|none");
                continue;
            }
            assertThat(Integer.parseInt(figure)).as(lines[i]).isNotIn(1, 2, 3, 4);
        }
        assertThat(withheld).isEqualTo(expectedWithheldCounts());
    }

    @Test
    void theChartsWriteNoNumberFrom1To4AndLabelEachWithheldFigure() {
        for (PartnershipReport.Measure measure : report.measures()) {
            String svg = PartnershipCharts.measure(report, measure);
            assertThat(svg).as(measure.measure()).startsWith("<svg").contains("role=\"img\"");
            List<String> texts = texts(svg);
            assertThat(texts).as(measure.measure() + " chart text").noneMatch(SmallNumberRuleTest::smallNumber);
            assertThat(texts.stream().filter(Figure.FEWER_THAN_5::equals).count())
                    .as(measure.measure() + " labels of withheld figures")
                    .isEqualTo((long) WITHHELD_PER_CATEGORY * measure.rows().size());
            String alt = attribute(svg, "aria-label");
            assertThat(alt).as(measure.measure() + " text alternative").contains("fewer than 5");
            assertThat(alt.split("[ ,.:]+")).as(alt).noneMatch(SmallNumberRuleTest::smallNumber);
        }
        String timing = PartnershipCharts.referralToOutcome(report);
        assertThat(texts(timing)).noneMatch(SmallNumberRuleTest::smallNumber).contains(Figure.FEWER_THAN_5);
        assertThat(attribute(timing, "aria-label").split("[ ,.:]+")).noneMatch(SmallNumberRuleTest::smallNumber);
    }

    /** The figures counted in every table that are 1 to 4: four months of every category, one month of timings. */
    private static int expectedWithheldCounts() {
        int categories =
                report.measures().stream().mapToInt(m -> m.rows().size()).sum();
        return WITHHELD_PER_CATEGORY * categories + 1;
    }

    private static boolean smallNumber(String text) {
        return text.strip().matches("[1-4]");
    }

    private static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text\\s*>").matcher(svg);
        while (text.find()) {
            texts.add(text.group(1).strip());
        }
        assertThat(texts).as("the chart's text is text, not shapes").isNotEmpty();
        return texts;
    }

    private static String attribute(String svg, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(svg);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    private static String[] names() {
        PartnershipMeasure[] measures = PartnershipMeasure.values();
        String[] names = new String[measures.length];
        for (int i = 0; i < measures.length; i++) {
            names[i] = measures[i].name();
        }
        return names;
    }

    /**
     * In month {@code n}: {@code n} referrals of cases that have nothing else; {@code n} outcomes of each kind (21, 22,
     * other) of cases referred before the report's months; {@code n} assessments finding one factor; {@code n}
     * acknowledgements met and {@code n} missed, of children's social care and of the LADO; {@code n} reports and
     * closures handled in school; {@code n} initial reviews and strategy meetings met and {@code n} missed (ADR 0067).
     */
    private static void seed() {
        for (int n = 0; n < MONTHS; n++) {
            Instant month = FIRST.plusMonths(n).atDay(15).atTime(10, 0).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                referral(month);
                for (String outcome : List.of("21", "22", "OTHER")) {
                    String caseId = referral(BEFORE);
                    projection.on(facts(caseId, null, PartnershipMeasure.OUTCOME, outcome, month));
                }
                projection.on(facts(
                        referral(BEFORE), null, PartnershipMeasure.AGGRAVATING_FACTOR, "COERCION_OR_BLACKMAIL", month));
                String met = referral(BEFORE);
                projection.on(new AgencyCaseEvent.ReferralAcknowledgedEvent(
                        "csc:" + met, met, "csc", "100001", new ActedBy("sw", "AGENCY", "csc"), month, false));
                String missed = referral(BEFORE);
                projection.on(new AgencyCaseEvent.AcknowledgementOverdueEvent(
                        "csc:" + missed, missed, "csc", "100001", month.minusSeconds(60), month));
                String ladoMet = ladoReferral();
                projection.on(new AgencyCaseEvent.LadoReferralAcknowledgedEvent(
                        "lado:" + ladoMet,
                        ladoMet,
                        "lado",
                        "100001",
                        new ActedBy("lo", "AGENCY", "lado"),
                        month,
                        false));
                String ladoMissed = ladoReferral();
                projection.on(new AgencyCaseEvent.LadoAcknowledgementOverdueEvent(
                        "lado:" + ladoMissed, ladoMissed, "lado", "100001", month.minusSeconds(60), month));
                projection.on(facts(
                        UUID.randomUUID().toString(),
                        area,
                        PartnershipMeasure.REPORTED,
                        PartnershipMeasure.ALL,
                        month));
                projection.on(facts(
                        UUID.randomUUID().toString(),
                        area,
                        PartnershipMeasure.HANDLED_IN_SCHOOL,
                        PartnershipMeasure.ALL,
                        month));
                for (String result : List.of("MET", "MISSED")) {
                    projection.on(facts(
                            UUID.randomUUID().toString(), area, PartnershipMeasure.INITIAL_REVIEW, result, month));
                    projection.on(facts(referral(BEFORE), null, PartnershipMeasure.STRATEGY_MEETING, result, month));
                }
            }
        }
    }

    /** A referral to the LADO of the area (ADR 0065): it gives its case the area, and counts nothing itself. */
    private static String ladoReferral() {
        String caseId = UUID.randomUUID().toString();
        projection.on(new AgencyCaseEvent.LadoReferralReceivedEvent(
                "lado:" + caseId,
                caseId,
                "lado",
                "100001",
                area,
                List.of(new LadoAdult("adult-1", "STAFF", "THIS_SCHOOL")),
                1,
                BEFORE,
                false,
                BEFORE,
                BEFORE,
                BEFORE));
        return caseId;
    }

    /** A referral in the area; those {@link #BEFORE} the report are not counted in it. */
    private static String referral(Instant at) {
        String caseId = UUID.randomUUID().toString();
        projection.on(facts(caseId, area, PartnershipMeasure.REFERRED, PartnershipMeasure.ALL, at));
        return caseId;
    }

    private static PartnershipFactsRecordedEvent facts(
            String caseId, String area, PartnershipMeasure measure, String category, Instant at) {
        return new PartnershipFactsRecordedEvent(
                UUID.randomUUID().toString(),
                caseId,
                area,
                List.of(new PartnershipFact(measure.name(), category, at)),
                at);
    }
}
