package org.casebridge.notification.report;

import java.util.List;

/**
 * The partnership report of one area over whole months, every figure under the small-number rule ({@link Figure}).
 *
 * @param area              the local authority (ONS code)
 * @param from              the first month, {@code yyyy-MM}
 * @param to                the last month, {@code yyyy-MM}
 * @param months            every month from {@code from} to {@code to}
 * @param smallNumbers      the rule, as a sentence
 * @param measures          one table per measure: a row per category, a figure per month
 * @param referralToOutcome the days from the school's referral to the police outcome, by the month of the outcome
 */
public record PartnershipReport(
        String area,
        String from,
        String to,
        List<String> months,
        String smallNumbers,
        List<Measure> measures,
        List<Timing> referralToOutcome) {

    public static final String SMALL_NUMBERS = "Counts from 1 to 4 are shown as \"fewer than 5\" with no value, and a"
            + " median of fewer than 5 outcomes is not shown; 0 is shown as 0.";

    /**
     * @param measure a {@link PartnershipMeasure} name
     * @param title   its title
     * @param rows    a row per category
     */
    public record Measure(String measure, String title, List<Row> rows) {}

    /**
     * @param category the category code
     * @param label    the category in words
     * @param figures  one per month, in the order of {@link PartnershipReport#months()}
     */
    public record Row(String category, String label, List<Figure> figures) {}

    /**
     * @param month      {@code yyyy-MM}
     * @param outcomes   how many outcomes of the month had a known referral time
     * @param medianDays the median days from referral to outcome
     */
    public record Timing(String month, Figure outcomes, Figure medianDays) {}
}
