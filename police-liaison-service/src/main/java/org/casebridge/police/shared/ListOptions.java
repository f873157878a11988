package org.casebridge.police.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import org.casebridge.platform.problem.InvalidParameterException;

/** Query-string options such as {@code status=overdue}: any case accepted, anything else a 400 naming the choices. */
public final class ListOptions {

    private ListOptions() {}

    public static <E extends Enum<E>> E option(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    parameter,
                    parameter + " must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .toList());
        }
    }

    /**
     * A {@code limit=N} option: empty when absent, otherwise a whole number from 1 to {@code max}, anything else a 400
     * naming the range (no silent clamping, so a client learns that it asked for more than it can have).
     */
    public static OptionalInt limit(String value, int max) {
        if (value == null) {
            return OptionalInt.empty();
        }
        String digits = value.strip();
        if (digits.matches("[0-9]{1,4}")) {
            int limit = Integer.parseInt(digits);
            if (limit >= 1 && limit <= max) {
                return OptionalInt.of(limit);
            }
        }
        throw new InvalidParameterException("limit", "limit must be a whole number from 1 to " + max);
    }

    /**
     * A period ahead such as {@code within=P30D} (ISO-8601): {@code fallback} when absent, otherwise a period from a day
     * to a year after {@code today}, anything else (a negative or empty period, a longer one, not a period) a 400.
     */
    public static Period period(String parameter, String value, Period fallback, LocalDate today) {
        if (value == null) {
            return fallback;
        }
        try {
            Period period = Period.parse(value.strip());
            LocalDate until = today.plus(period);
            if (!period.isNegative() && until.isAfter(today) && !until.isAfter(today.plusYears(1))) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // answered below, as for a period out of range
        }
        throw new InvalidParameterException(
                parameter, parameter + " must be an ISO-8601 period from a day to a year ahead, such as P30D");
    }
}
