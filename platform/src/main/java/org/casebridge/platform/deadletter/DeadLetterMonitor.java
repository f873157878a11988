package org.casebridge.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Counts parked events per processing group, as the gauge {@code casebridge.dead.letters.parked} and as the health
 * component {@code deadLetters}: UP while nothing is parked, {@link #DEGRADED} (answered with 200, so no probe
 * restarts a pod that a restart would not heal) once one event is. The liveness and readiness groups leave it out.
 */
public class DeadLetterMonitor implements HealthIndicator, ApplicationListener<ApplicationReadyEvent> {

    /** Some events are parked: the service runs, a read model lags for the aggregates named in the dead letters. */
    public static final Status DEGRADED = new Status(
            "DEGRADED", "Events are parked: some aggregates' read models lag until an operator retries them");

    public static final String GAUGE = "casebridge.dead.letters.parked";

    private final ParkedEvents parked;
    private final DeadLetterOperations operations;
    private final ObjectProvider<MeterRegistry> meters;

    public DeadLetterMonitor(
            ParkedEvents parked, DeadLetterOperations operations, ObjectProvider<MeterRegistry> meters) {
        this.parked = parked;
        this.operations = operations;
        this.meters = meters;
    }

    /** DOWN when the dead letters cannot be counted (the database is unavailable), rather than failing the endpoint. */
    @Override
    public Health health() {
        Map<String, Long> counts = new TreeMap<>();
        operations.groups().forEach(group -> counts.put(group, 0L));
        try {
            counts.putAll(parked.countsByGroup());
        } catch (org.springframework.dao.DataAccessException e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return Health.status(total == 0 ? Status.UP : DEGRADED)
                .withDetail("parked", counts)
                .build();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        for (String group : operations.groups()) {
            Gauge.builder(GAUGE, parked, events -> events.count(group))
                    .description("Events a processing group could not apply, parked until retried")
                    .tag("processing_group", group)
                    .register(registry);
        }
    }
}
