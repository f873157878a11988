package org.casebridge.platform.people;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention of people's display names (ADR 0076): a name is kept while its person acts through the service, and
 * deleted once they have not acted for the retention period ({@code casebridge.people.names-kept-for}, six years): it
 * is kept through the day the period ends after the day they last acted, and deleted by the first run after it. The
 * records they acted on keep their user id, role and organisation (ADR 0017), so the pages name them by role from then
 * on (ADR 0068). A name that a {@link NamesKept} of the service answers (its person acted on a record under a legal
 * hold, ADR 0081) is kept by the run. Logs and counts only how many; never who.
 */
public class PeopleNamesRetention {

    private static final Logger log = LoggerFactory.getLogger(PeopleNamesRetention.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final PeopleNames names;
    private final Period keptFor;
    private final Clock clock;
    private final Counter forgotten;
    private final List<NamesKept> kept;

    public PeopleNamesRetention(
            JdbcTemplate jdbc, PeopleNames names, Period keptFor, Clock clock, @Nullable MeterRegistry meters) {
        this(jdbc, names, keptFor, clock, meters, List.of());
    }

    public PeopleNamesRetention(
            JdbcTemplate jdbc,
            PeopleNames names,
            Period keptFor,
            Clock clock,
            @Nullable MeterRegistry meters,
            List<NamesKept> kept) {
        if (keptFor.isNegative() || keptFor.isZero()) {
            throw new IllegalStateException("casebridge.people.names-kept-for must be a period, not " + keptFor);
        }
        this.jdbc = jdbc;
        this.names = names;
        this.keptFor = keptFor;
        this.clock = clock;
        this.forgotten = Counter.builder("casebridge.people.names.forgotten")
                .description("Display names deleted because their person had not acted for the retention period")
                .register(meters == null ? new SimpleMeterRegistry() : meters);
        this.kept = List.copyOf(kept);
    }

    /** Deletes the names of the people who last acted before the retention period that ends today; how many. */
    public int run() {
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        Instant cutoff = today.minus(keptFor).atStartOfDay(UK).toInstant();
        Set<String> keep = new TreeSet<>();
        kept.forEach(reason -> keep.addAll(reason.userIds()));
        List<String> deleted = jdbc.queryForList(
                "DELETE FROM person_name WHERE seen_at < ? AND user_id <> ALL (?) RETURNING user_id",
                String.class,
                Timestamp.from(cutoff),
                keep.toArray(String[]::new));
        names.forget(deleted);
        forgotten.increment(deleted.size());
        log.info(
                "Display name retention for {}: {} names of people not seen since {} deleted",
                today,
                deleted.size(),
                today.minus(keptFor));
        return deleted.size();
    }
}
