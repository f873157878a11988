package org.casebridge.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * How far each processing group is behind the head of the event store, from the tokens every instance shares in
 * {@code token_entry}: so a segment no instance has claimed (a stopped processor) shows its lag too.
 *
 * <ul>
 *   <li>{@value #EVENTS}: the head's global index minus the position of the group's slowest segment;
 *   <li>{@value #SECONDS}: how long ago the oldest event the slowest segment has not reached was stored, 0 when it is
 *       at the head.
 * </ul>
 *
 * A segment's token passes the events of other segments too, so the slowest segment's position is what the group as a
 * whole has certainly handled. Read at most once per {@link #REFRESH} whatever the number of scrapes; when the
 * database cannot answer, the gauges read NaN.
 */
public class ProcessorLag {

    public static final String EVENTS = "casebridge.processor.lag.events";
    public static final String SECONDS = "casebridge.processor.lag";

    static final Duration REFRESH = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final Clock clock;

    private Map<String, Lag> lags = Map.of();
    private @Nullable Instant readAt;

    public ProcessorLag(JdbcTemplate jdbc, Serializer tokenSerializer, Clock clock) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
        this.clock = clock;
    }

    /** Registers both gauges for each processing group. */
    public void register(MeterRegistry registry, List<String> processingGroups) {
        for (String group : processingGroups) {
            Gauge.builder(EVENTS, this, lag -> lag.of(group).events())
                    .description("Events in the store that the processing group's slowest segment has not reached")
                    .baseUnit("events")
                    .tag("processing_group", group)
                    .register(registry);
            Gauge.builder(SECONDS, this, lag -> lag.of(group).seconds())
                    .description("Age of the oldest event the processing group's slowest segment has not reached")
                    .baseUnit("seconds")
                    .tag("processing_group", group)
                    .register(registry);
        }
    }

    /** The lag of one group; NaN for both when it cannot be read, or the group has no token yet. */
    public synchronized Lag of(String processingGroup) {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(REFRESH))) {
            lags = read(now);
            readAt = now;
        }
        return lags.getOrDefault(processingGroup, Lag.UNKNOWN);
    }

    private Map<String, Lag> read(Instant now) {
        try {
            Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            Map<String, Long> slowest = new HashMap<>();
            jdbc.query("SELECT processor_name, token_type, token FROM token_entry", (RowCallbackHandler) row -> {
                String type = row.getString("token_type");
                byte[] token = row.getBytes("token");
                OptionalLong position = type == null || token == null ? OptionalLong.empty() : position(type, token);
                long at = position.orElse(-1L);
                slowest.merge(row.getString("processor_name"), at, Math::min);
            });
            Map<String, Lag> read = new HashMap<>();
            slowest.forEach((group, position) -> read.put(group, lag(head == null ? -1L : head, position, now)));
            return read;
        } catch (DataAccessException e) {
            return Map.of();
        }
    }

    private OptionalLong position(String type, byte[] token) {
        TrackingToken tracking =
                tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }

    private Lag lag(long head, long position, Instant now) {
        if (position >= head) {
            return new Lag(0, 0);
        }
        List<String> oldest = jdbc.queryForList(
                "SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1",
                String.class,
                position);
        double seconds = oldest.isEmpty()
                ? 0
                : Math.max(
                        0,
                        Duration.between(Instant.parse(oldest.getFirst()), now).toMillis() / 1000.0);
        return new Lag(head - position, seconds);
    }

    /** Events behind the head, and the age in seconds of the oldest of them. */
    public record Lag(double events, double seconds) {
        static final Lag UNKNOWN = new Lag(Double.NaN, Double.NaN);
    }
}
