package org.casebridge.notification.report;

import java.time.Instant;

/**
 * One thing an integration event counts for in the partnership report.
 *
 * @param measure  what is counted, a {@link PartnershipMeasure} name
 * @param category within the measure: the outcome ({@code 21}, {@code 22}, {@code OTHER}), the aggravating factor
 *     code, {@code MET} or {@code MISSED}; {@code ALL} when the measure has none
 * @param at       when it happened, which decides its month
 */
public record PartnershipFact(String measure, String category, Instant at) {}
