package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.factor;
import static org.casebridge.police.it.PoliceRequests.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.kafka.DeadLetters;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;

/**
 * A strategy action's owner completes it over Kafka (ADR 0022): the school's completion from the school topic and
 * children's social care's from the agency topic complete their own actions on the meeting; an agency that does not
 * own the action changes nothing, and its record goes to the dead-letter topic with the reason.
 */
class OwnerCompletionsIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, FORCE);
    static final Duration WAIT = Duration.ofSeconds(60);

    private final CloudEventCodec codec = new CloudEventCodec();

    private void send(String topic, String source, IntegrationEvent event) throws Exception {
        kafka.send(codec.encode(topic, URI.create(source), UUID.randomUUID().toString(), Instant.now(), event))
                .get();
    }

    private JsonNode actions(String base) throws Exception {
        return json.readTree(api().get(OFFICER, base + "/strategy-meetings").getBody())
                .at("/0/actions");
    }

    private static JsonNode action(JsonNode actions, String actionId) {
        for (JsonNode action : actions) {
            if (actionId.equals(action.path("actionId").asText())) {
                return action;
            }
        }
        throw new AssertionError("No action " + actionId + " in " + actions);
    }

    @Test
    void eachOwnerCompletesItsOwnActionAndNoOneElses() throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE)
                        .criteria(List.of("ADULT_INVOLVED"))
                        .children(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")))
                        .referredAt(Instant.now().minusSeconds(1800)),
                OFFICER,
                WAIT);
        String base = "/api/escalations/" + caseId;
        ok(api().post(OFFICER, base + "/acceptance", null));
        ok(api().post(OFFICER, base + "/aggravating-factors", factor("ADULT_INVOLVEMENT", "An adult's account")));
        List<Map<String, String>> parties = List.of(
                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-birmingham", "role", "Social worker"),
                Map.of("type", "SCHOOL", "organisation", "137001", "role", "DSL"));
        String meetingId = created(api().post(OFFICER, base + "/strategy-meetings", meeting("Video call", parties)));
        String meeting = base + "/strategy-meetings/" + meetingId;
        ok(api().post(OFFICER, meeting + "/attendance", Map.of("attendees", parties)));
        String due = Instant.now().plus(Duration.ofDays(3)).toString();
        String schoolAction = created(api().post(
                        OFFICER,
                        meeting + "/actions",
                        Map.of(
                                "description",
                                "Safety plan in school",
                                "owner",
                                Map.of("type", "SCHOOL", "organisation", "137001"),
                                "dueBy",
                                due)));
        String socialCareAction = created(api().post(
                        OFFICER,
                        meeting + "/actions",
                        Map.of(
                                "description",
                                "Home visit",
                                "owner",
                                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-birmingham"),
                                "dueBy",
                                due)));

        send(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                new AgencyStrategyActionCompletedEvent(
                        caseId, "137001", "csc-tower-hamlets", meetingId, socialCareAction, Instant.now()));
        KafkaTestRecords.first(DeadLetters.topicFor(AgencyTopic.AGENCY_EVENTS), r -> caseId.equals(r.key()), WAIT);
        assertThat(action(actions(base), socialCareAction).has("completedAt")).isFalse();

        send(
                Topics.SCHOOL_EVENTS,
                Topics.SCHOOL_SOURCE,
                new SchoolStrategyActionCompletedEvent(caseId, "137001", meetingId, schoolAction, Instant.now()));
        send(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                new AgencyStrategyActionCompletedEvent(
                        caseId, "137001", "csc-birmingham", meetingId, socialCareAction, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode actions = actions(base);
            assertThat(action(actions, schoolAction).has("completedAt")).isTrue();
            assertThat(action(actions, socialCareAction).has("completedAt")).isTrue();
        });
    }
}
