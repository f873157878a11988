package org.casebridge.notification.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One published figure under the small-number rule (as ONS and NHS England publish safeguarding statistics): a count
 * from 1 to 4 could identify a child in a small area, so it is published as "fewer than 5" without its value, in the
 * API, the page and the CSV alike; 0 and 5 or more are published as they are.
 *
 * @param value   the number, or null when it is withheld (or, for a median, when there is none); always written
 * @param display what a person reads: the number, {@value #FEWER_THAN_5}, or {@value #NONE} for a median of nothing
 */
public record Figure(
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer value, String display) {

    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String NONE = "none";
    static final int THRESHOLD = 5;

    /** A count, withheld from 1 to 4. */
    public static Figure count(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
        return count > 0 && count < THRESHOLD
                ? new Figure(null, FEWER_THAN_5)
                : new Figure(count, String.valueOf(count));
    }

    /**
     * A median of {@code of} durations: withheld when they are 1 to 4 (a median of so few is nearly one child's own),
     * none when there are none.
     */
    public static Figure median(int median, int of) {
        if (of == 0) {
            return new Figure(null, NONE);
        }
        return of < THRESHOLD ? new Figure(null, FEWER_THAN_5) : new Figure(median, String.valueOf(median));
    }

    public boolean withheld() {
        return value == null;
    }
}
