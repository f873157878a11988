package org.casebridge.police.escalation.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code casebridge.police.reviews.overdue} (ADR 0083): how many MoPI reviews of every force are past their
 * day with the personal data not erased, one number, no tag per force. Read from the shared table, so every instance
 * reports the same value (a dashboard takes the max, as for the processor lag, ADR 0041), at most once a minute
 * whatever the scrape rate; NaN while the database cannot answer.
 */
@Component
class OverdueReviews {

    static final String GAUGE = "casebridge.police.reviews.overdue";
    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private double overdue = Double.NaN;
    private Instant readAt;

    OverdueReviews(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder(GAUGE, this, OverdueReviews::count)
                .description("MoPI reviews past their day whose personal data is not erased, in every force")
                .register(meters);
    }

    synchronized double count() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(REFRESH))) {
            readAt = now;
            try {
                Long found = jdbc.queryForObject("""
                        SELECT count(*) FROM police_escalation
                        WHERE review_on < ? AND personal_details_erased_at IS NULL""", Long.class, now.atZone(UK).toLocalDate());
                overdue = found == null ? 0 : found;
            } catch (DataAccessException e) {
                overdue = Double.NaN;
            }
        }
        return overdue;
    }
}
