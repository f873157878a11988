package org.casebridge.cases.incident.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casebridge.platform.reference.WorkingDays;

/**
 * The case's two working-day clocks, on the platform's working days of England and Wales (weekends and bank holidays
 * skipped; ADR 0073). The calendar is a Spring bean, given to the command handler as a parameter.
 */
public final class SchoolDays {

    /** The number of school days the new school has to confirm receipt. */
    public static final int RECEIPT_DUE_WITHIN = 5;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private SchoolDays() {}

    /**
     * When the receipt of a transferred child protection file is due (KCSIE 2025, part two: "within five days" of the
     * child starting, read as school days): midnight at the end of the fifth working day counted from the day the child
     * starts (that day included when it is a working day), in the United Kingdom. INSET days and school holidays are not
     * known here and count as school days, which makes the reminder early, never late (ADR 0054).
     */
    public static Instant receiptDue(WorkingDays workingDays, LocalDate childStartedOn) {
        return workingDays.endOfWorkingDaysFrom(childStartedOn, RECEIPT_DUE_WITHIN);
    }

    /**
     * When a LADO referral is due (KCSIE Part 4: "within one working day"): the same time on the next working day in
     * the United Kingdom, so a concern recorded on a Friday afternoon is due on Monday afternoon, or on Tuesday after a
     * bank holiday Monday (ADR 0055, 0073).
     */
    public static Instant ladoReferralDue(WorkingDays workingDays, Instant from) {
        return workingDays.sameTimeNextWorkingDay(from);
    }

    /** Today in the United Kingdom, for a transfer that gives no start date. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, UK);
    }
}
