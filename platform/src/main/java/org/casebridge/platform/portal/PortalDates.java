package org.casebridge.platform.portal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times on portal pages: the GOV.UK date input ({@code <name>-day}, {@code -month}, {@code -year}, the
 * {@code dateInput} component) and, where a time matters, {@code <name>-time} ("14:30"), read and shown as UK time. An
 * error goes against {@code <name>-day} or {@code <name>-time}, the fields the error summary links to.
 */
public final class PortalDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private PortalDates() {}

    /**
     * @param what how the messages name the date, e.g. "the date of the meeting"
     * @return the date the fields give, or null after rejecting them on the form
     */
    public static @Nullable LocalDate date(PortalForm form, String name, String what) {
        String day = form.text(name + "-day");
        String month = form.text(name + "-month");
        String year = form.text(name + "-year");
        if (day == null || month == null || year == null) {
            form.reject(name + "-day", "Enter " + what + " as a day, month and year");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            form.reject(name + "-day", capitalised(what) + " must be a real date");
            return null;
        }
    }

    /** The instant the date and time fields give; the time is required. Null after rejecting them. */
    public static @Nullable Instant instant(PortalForm form, String name, String what) {
        return instant(form, name, what, null);
    }

    /**
     * The instant the date and time fields give, taking {@code timeIfNone} when no time was typed (null: the time is
     * required). Null after rejecting them.
     */
    public static @Nullable Instant instant(PortalForm form, String name, String what, @Nullable LocalTime timeIfNone) {
        LocalDate date = date(form, name, what);
        String typed = form.text(name + "-time");
        LocalTime time = timeIfNone;
        if (typed == null && timeIfNone == null) {
            form.reject(name + "-time", "Enter the time, like 14:30");
        } else if (typed != null) {
            try {
                time = LocalTime.parse(typed.length() == 4 ? "0" + typed : typed.replace('.', ':'));
            } catch (DateTimeParseException e) {
                form.reject(name + "-time", "Enter the time on the 24-hour clock, like 14:30");
                time = null;
            }
        }
        return date == null || time == null
                ? null
                : date.atTime(time).atZone(UK).toInstant();
    }

    /** An optional date and time: null when none of its fields is typed, else as {@link #instant(PortalForm, String, String)}. */
    public static @Nullable Instant optionalInstant(PortalForm form, String name, String what) {
        boolean typed = Stream.of("-day", "-month", "-year", "-time").anyMatch(part -> form.text(name + part) != null);
        return typed ? instant(form, name, what) : null;
    }

    /** As users read it: "27 November 2026 at 14:30". */
    public static String shown(@Nullable Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /** As users read it: "27 November 2026". */
    public static String shown(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
