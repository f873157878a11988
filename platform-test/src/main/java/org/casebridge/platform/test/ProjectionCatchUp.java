package org.casebridge.platform.test;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tracking processing group caught up after an operator's rebuild (ADR 0050), for the tests that rebuild one: as the
 * operator's {@code GET /api/projections} reports it against the head of the event store.
 */
public final class ProjectionCatchUp {

    private ProjectionCatchUp() {}

    /**
     * Waits until {@code group} is not replaying and has reached the head of the event store, and the head stood still
     * for a second, so that what arrived meanwhile (the other services' events from Kafka) has been stored and handled.
     *
     * @param statuses the operator's answer to {@code GET /api/projections}, asked again at every poll
     */
    public static void awaitCaughtUp(JdbcTemplate jdbc, Duration patience, String group, Callable<JsonNode> statuses) {
        long[] lastHead = {-1};
        await().atMost(patience).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Long head =
                    jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
            boolean still = head != null && head == lastHead[0];
            lastHead[0] = head == null ? -1 : head;
            JsonNode status = status(statuses.call(), group);
            return still
                    && !status.get("replaying").asBoolean()
                    && status.hasNonNull("position")
                    && status.get("position").asLong() >= lastHead[0];
        });
    }

    private static JsonNode status(JsonNode statuses, String group) {
        for (JsonNode status : statuses) {
            if (status.get("processingGroup").asText().equals(group)) {
                return status;
            }
        }
        throw new AssertionError("No processing group " + group);
    }
}
