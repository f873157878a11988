package org.casebridge.police.portal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.casebridge.platform.portal.PortalForm;

/**
 * A GOV.UK date input ({@code <name>-day}, {@code -month}, {@code -year}) with an optional time ({@code <name>-time},
 * "14:00"), read as UK time. Errors go against {@code <name>-day}, the field the error summary links to.
 */
public final class PortalDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private PortalDates() {
    }

    /** The instant the fields give, or null after rejecting them on the form. */
    public static Instant instant(PortalForm form, String name, String what, LocalTime timeIfNone) {
        String day = form.text(name + "-day");
        String month = form.text(name + "-month");
        String year = form.text(name + "-year");
        if (day == null || month == null || year == null) {
            form.reject(name + "-day", "Enter the " + what + " as a day, month and year");
            return null;
        }
        LocalTime time = timeIfNone;
        String typed = form.text(name + "-time");
        if (typed != null) {
            try {
                time = LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
            } catch (DateTimeParseException e) {
                form.reject(name + "-time", "Enter the time of the " + what + " like 14:00");
                return null;
            }
        }
        if (time == null) {
            form.reject(name + "-time", "Enter the time of the " + what + " like 14:00");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .atTime(time).atZone(UK).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            form.reject(name + "-day", "The " + what + " must be a real date");
            return null;
        }
    }
}
