package org.casebridge.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * P3: case-service's read models rebuilt from its event store by an operator's replay (ADR 0050), timed from the
 * request to the moment the group reports the replay done, polled every 50 ms.
 */
final class Rebuild {

    static final List<String> GROUPS = List.of("case-views", "school-actions");
    private static final String OPERATOR = "operator-client";

    /** One group's replay: the events it went through, how long it took, and the rate. */
    record Result(String group, long events, double seconds) {
        double perSecond() {
            return seconds <= 0 ? 0 : events / seconds;
        }
    }

    private Rebuild() {}

    static List<Result> measure(StackClient stack, double patienceSeconds) throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (String group : GROUPS) {
            long started = System.nanoTime();
            StackClient.expect(
                    stack.post(stack.caseService, "/api/projections/" + group + "/replay", OPERATOR, "{}"), 202);
            long deadline = started + (long) (patienceSeconds * 1e9);
            long events = -1;
            while (System.nanoTime() < deadline) {
                JsonNode status = status(stack, group);
                if (!status.get("replaying").asBoolean()) {
                    events = status.path("position").asLong(0);
                    break;
                }
                LockSupport.parkNanos(50_000_000L);
            }
            if (events < 0) {
                throw new IllegalStateException(
                        "The replay of " + group + " did not finish in " + patienceSeconds + " s");
            }
            results.add(new Result(group, events, (System.nanoTime() - started) / 1e9));
        }
        return results;
    }

    private static JsonNode status(StackClient stack, String group) throws IOException, InterruptedException {
        for (JsonNode status : stack.getJson(stack.caseService, "/api/projections", OPERATOR)) {
            if (status.get("processingGroup").asText().equals(group)) {
                return status;
            }
        }
        throw new IllegalStateException("case-service has no processing group " + group);
    }
}
