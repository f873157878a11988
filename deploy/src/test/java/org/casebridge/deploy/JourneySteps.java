package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The steps the API journeys across the whole stack take again and again: an initial review to send, a write that
 * must succeed, and a record to wait for until another service's events have reached it.
 */
final class JourneySteps {

    /** How long an event may take to cross the stack (Kafka, the consumers, the projections). */
    static final Duration PROPAGATION = Duration.ofSeconds(90);

    private static final List<String> CRITERIA = List.of(
            "ADULT_INVOLVED",
            "COERCION_OR_GROOMING_OR_CAPACITY",
            "UNUSUAL_OR_VIOLENT_ACTS",
            "UNDER_13_SEXUAL_ACTS",
            "IMMEDIATE_RISK_OF_HARM");

    private JourneySteps() {}

    /**
     * The DSL's initial review of 10 January 2026 with the considerations of a case of one recipient: the named
     * immediate-referral criteria are met, the others not.
     */
    static String initialReview(String notes, String... criteriaMet) {
        List<String> met = Arrays.asList(criteriaMet);
        String criteria = CRITERIA.stream()
                .map(criterion -> "\"" + criterion + "\": " + met.contains(criterion))
                .collect(Collectors.joining(", "));
        return """
                {"heldAt": "2026-01-10T10:00:00Z",
                 "attendees": [{"name": "A. Kaur", "role": "DSL"}],
                 "criteria": {%s},
                 "considerations": {"riskNow": "None now", "viewingNeeded": false, "spreadAssessment": "One recipient",
                                    "deletionPlan": "To agree with police", "otherSchoolsInvolved": false,
                                    "informParents": true},
                 "notes": "%s"}
                """.formatted(criteria, notes);
    }

    /** A write the journey needs to succeed. */
    static void noContent(ActorClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 204);
    }

    /** The record at {@code path}, once it reads as {@code expected} says (within {@link #PROPAGATION}). */
    static JsonNode awaitDetail(String what, ActorClient client, String path, Consumer<JsonNode> expected) {
        JsonNode[] last = new JsonNode[1];
        await(what)
                .atMost(PROPAGATION)
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ActorClient.Reply reply = client.get(path);
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                    expected.accept(reply.json());
                    last[0] = reply.json();
                });
        return last[0];
    }
}
