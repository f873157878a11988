package org.casebridge.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * A tracking processing group caught up after an operator's rebuild (ADR 0050), for the tests that rebuild one: as the
 * operator's {@code GET /api/projections} reports it against the head of the event store.
 */
public final class ProjectionCatchUp {

    private ProjectionCatchUp() {}

    /**
     * Waits until {@code group} is not replaying and has reached the head of the event store, and the head stood still
     * for {@link EventStoreHead#STILL}, so that what arrived meanwhile (the other services' events from Kafka) has been
     * stored and handled.
     *
     * @param head the test's watch on its event store's head, kept from one wait to the next
     * @param statuses the operator's answer to {@code GET /api/projections}, asked again at every poll
     */
    public static void awaitCaughtUp(
            EventStoreHead head, Duration patience, String group, Callable<JsonNode> statuses) {
        head.awaitStillAnd(patience, at -> {
            JsonNode status = status(statuses.call(), group);
            return !status.get("replaying").asBoolean()
                    && status.hasNonNull("position")
                    && status.get("position").asLong() >= at;
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
