package org.casebridge.notification.report;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the partnership report of an area for a partnership that covers it (the partnership directory says which) or
 * an auditor; anyone else is refused (403) before anything is read.
 */
@Component
public class PartnershipReports {

    /** The longest report: three years of months. */
    public static final int MAX_MONTHS = 36;

    private final JdbcTemplate jdbc;
    private final PartnershipDirectory partnerships;
    private final Clock clock;

    public PartnershipReports(JdbcTemplate jdbc, PartnershipDirectory partnerships, Clock clock) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** The areas the reader may ask for: a partnership's own; an auditor any (empty: not a list of them). */
    public Set<String> areasOf(Actor reader) {
        return switch (reader.role()) {
            case PARTNERSHIP -> new TreeSet<>(partnerships.areasOf(reader.organisation()));
            case AUDITOR -> Set.of();
            default ->
                throw PartnershipReportRefusedException.roleRequired(
                        reader.role().name());
        };
    }

    /**
     * The report of the area over whole months; {@code from} and {@code to} as {@code yyyy-MM}, by default the twelve
     * months to this one.
     */
    public PartnershipReport report(Actor reader, String area, String from, String to) {
        Set<String> areas = areasOf(reader);
        if (reader.role() == Actor.Role.PARTNERSHIP && !areas.contains(area)) {
            throw PartnershipReportRefusedException.areaNotTheirs(area);
        }
        YearMonth last = to == null ? YearMonth.now(clock.withZone(PartnershipReportProjection.ZONE)) : month(to);
        YearMonth first = from == null ? last.minusMonths(11) : month(from);
        if (first.isAfter(last)) {
            throw PartnershipReportRefusedException.months("from must not be after to");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw PartnershipReportRefusedException.months("A report covers at most " + MAX_MONTHS + " months");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        Map<String, Map<String, Map<YearMonth, Integer>>> counts = counts(area, first, last);
        List<PartnershipReport.Measure> measures = new ArrayList<>();
        for (PartnershipMeasure measure : PartnershipMeasure.values()) {
            Map<String, Map<YearMonth, Integer>> byCategory = counts.getOrDefault(measure.name(), Map.of());
            Set<String> categories = new TreeSet<>(byCategory.keySet());
            List<String> ordered = new ArrayList<>(measure.categories());
            categories.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
            List<PartnershipReport.Row> rows = ordered.stream()
                    .map(category -> new PartnershipReport.Row(
                            category,
                            label(measure, category),
                            months.stream()
                                    .map(month -> Figure.count(byCategory
                                            .getOrDefault(category, Map.of())
                                            .getOrDefault(month, 0)))
                                    .toList()))
                    .toList();
            measures.add(new PartnershipReport.Measure(measure.name(), measure.title(), rows));
        }
        Map<YearMonth, List<Integer>> durations = durations(area, first, last);
        List<PartnershipReport.Timing> timings = months.stream()
                .map(month -> {
                    List<Integer> days = durations.getOrDefault(month, List.of());
                    return new PartnershipReport.Timing(
                            month.toString(), Figure.count(days.size()), Figure.median(median(days), days.size()));
                })
                .toList();
        return new PartnershipReport(
                area,
                first.toString(),
                last.toString(),
                months.stream().map(YearMonth::toString).toList(),
                PartnershipReport.SMALL_NUMBERS,
                measures,
                timings);
    }

    /** The category in words. */
    public static String label(PartnershipMeasure measure, String category) {
        return switch (measure) {
            case REPORTED -> "Reported by the school";
            case REFERRED -> "Referred by the school";
            case HANDLED_IN_SCHOOL -> "Closed as handled in school";
            case OUTCOME -> "OTHER".equals(category) ? "Any other outcome" : "Outcome " + category;
            case CSC_ACKNOWLEDGEMENT -> "MET".equals(category) ? "Met" : "Missed (overdue)";
            case LADO_ACKNOWLEDGEMENT -> "MET".equals(category) ? "Met" : "Missed (overdue)";
            case INITIAL_REVIEW -> "MET".equals(category) ? "Held in time" : "Missed (overdue)";
            case STRATEGY_MEETING -> "MET".equals(category) ? "Held in time" : "Missed (overdue)";
            case AGGRAVATING_FACTOR -> {
                String words = category.replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw PartnershipReportRefusedException.months("A month is written yyyy-MM, for example 2026-11");
        }
    }

    private Map<String, Map<String, Map<YearMonth, Integer>>> counts(String area, YearMonth first, YearMonth last) {
        Map<String, Map<String, Map<YearMonth, Integer>>> counts = new HashMap<>();
        jdbc.query(
                "SELECT measure, category, month, count FROM partnership_count"
                        + " WHERE local_authority_code = ? AND month BETWEEN ? AND ?",
                rs -> {
                    counts.computeIfAbsent(rs.getString("measure"), m -> new HashMap<>())
                            .computeIfAbsent(rs.getString("category"), c -> new HashMap<>())
                            .put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("count"));
                },
                area,
                Date.valueOf(first.atDay(1)),
                Date.valueOf(last.atDay(1)));
        return counts;
    }

    private Map<YearMonth, List<Integer>> durations(String area, YearMonth first, YearMonth last) {
        Map<YearMonth, List<Integer>> durations = new HashMap<>();
        jdbc.query(
                "SELECT month, days FROM partnership_duration WHERE local_authority_code = ? AND month BETWEEN ? AND ?"
                        + " ORDER BY month, days",
                rs -> {
                    LocalDate month = rs.getDate("month").toLocalDate();
                    durations
                            .computeIfAbsent(YearMonth.from(month), m -> new ArrayList<>())
                            .add(rs.getInt("days"));
                },
                area,
                Date.valueOf(first.atDay(1)),
                Date.valueOf(last.atDay(1)));
        return durations;
    }

    /** The median of sorted whole days, rounded down between two middle values. */
    static int median(List<Integer> sortedDays) {
        if (sortedDays.isEmpty()) {
            return 0;
        }
        int middle = sortedDays.size() / 2;
        return sortedDays.size() % 2 == 1
                ? sortedDays.get(middle)
                : (sortedDays.get(middle - 1) + sortedDays.get(middle)) / 2;
    }

    /** The report as CSV: one line per figure, as displayed (so the small-number rule holds in downloads too). */
    public static String csv(PartnershipReport report) {
        StringBuilder csv = new StringBuilder("area,measure,category,month,figure\n");
        for (PartnershipReport.Measure measure : report.measures()) {
            for (PartnershipReport.Row row : measure.rows()) {
                for (int i = 0; i < report.months().size(); i++) {
                    line(
                            csv,
                            report.area(),
                            measure.measure(),
                            row.category(),
                            report.months().get(i),
                            row.figures().get(i));
                }
            }
        }
        for (PartnershipReport.Timing timing : report.referralToOutcome()) {
            line(csv, report.area(), "OUTCOMES_TIMED", "ALL", timing.month(), timing.outcomes());
            line(csv, report.area(), "REFERRAL_TO_OUTCOME_MEDIAN_DAYS", "ALL", timing.month(), timing.medianDays());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String area, String measure, String category, String month, Figure f) {
        csv.append(area)
                .append(',')
                .append(measure)
                .append(',')
                .append(category)
                .append(',')
                .append(month)
                .append(',')
                .append(f.display())
                .append('\n');
    }
}
