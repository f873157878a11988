package org.casebridge.notification.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * A period in which an agency served some local authority areas: one row of the agency directory.
 *
 * @param areas ONS local authority codes
 * @param from  the first UK day served
 * @param until the first UK day no longer served; null while the agency still serves them
 */
public record ServicePeriod(Set<String> areas, LocalDate from, LocalDate until) {

    /** Directory dates are days in the UK, where the agencies work. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public ServicePeriod {
        areas = Set.copyOf(areas);
    }

    public Instant start() {
        return from.atStartOfDay(UK).toInstant();
    }

    /** Whether the period covers the instant. */
    public boolean covers(Instant at) {
        return !at.isBefore(start())
                && (until == null || at.isBefore(until.atStartOfDay(UK).toInstant()));
    }

    /** Whether the period has not ended at the instant (it covers it, or starts later). */
    public boolean notEndedAt(Instant at) {
        return until == null || at.isBefore(until.atStartOfDay(UK).toInstant());
    }
}
