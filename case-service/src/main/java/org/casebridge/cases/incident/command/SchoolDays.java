package org.casebridge.cases.incident.command;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the receipt of a transferred child protection file is due (KCSIE 2025, part two: "within five days" of the
 * child starting, read as school days): the end of the fifth weekday counted from the day the child starts (that day
 * included when it is a weekday), in the United Kingdom. Bank holidays and INSET days are not known here and count as school days, which makes the reminder early,
 * never late (ADR 0054).
 */
public final class SchoolDays {

    /** The number of school days the new school has to confirm receipt. */
    public static final int RECEIPT_DUE_WITHIN = 5;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private SchoolDays() {}

    /** The instant the receipt is due: midnight at the end of the fifth weekday from {@code childStartedOn}. */
    public static Instant receiptDue(LocalDate childStartedOn) {
        LocalDate day = childStartedOn.minusDays(1);
        int counted = 0;
        while (counted < RECEIPT_DUE_WITHIN) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(UK).toInstant();
    }

    /**
     * When a LADO referral is due (KCSIE Part 4: "within one working day"): the same time on the next weekday in the
     * United Kingdom, so a concern recorded on a Friday afternoon is due on Monday afternoon. Bank holidays count as
     * working days here, which makes the reminder early, never late (ADR 0055).
     */
    public static Instant oneWorkingDayAfter(Instant from) {
        java.time.ZonedDateTime at = from.atZone(UK).plusDays(1);
        while (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }

    /** Today in the United Kingdom, for a transfer that gives no start date. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, UK);
    }
}
