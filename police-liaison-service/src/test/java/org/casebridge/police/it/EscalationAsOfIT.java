package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.convene;
import static org.casebridge.police.it.PoliceRequests.crime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * An escalation as it stood at any instant (ADR 0047), over HTTP on real PostgreSQL with the referral arriving through
 * Kafka: stepping through received, accepted, crime recorded and strategy meeting held, each as-of read shows the
 * escalation as it was after that step, the last equals the live read, refusals are problems, other forces get 404 as
 * for the live read, and each read is in the access log as an as-of read.
 */
class EscalationAsOfIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final Actor OFFICER = new Actor("pc-asof", Actor.Role.POLICE_LIAISON, FORCE);
    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void stepsThroughAnEscalationHistoryAndEachInstantShowsItAsItStoodThen() throws Exception {
        Instant beforeReferral = instantAfterNow();
        String caseId = referToPolice();
        String base = "/api/escalations/" + caseId;
        List<Instant> after = new ArrayList<>();
        after.add(instantAfterNow());
        succeeded(api().post(OFFICER, base + "/acceptance", null));
        after.add(instantAfterNow());
        succeeded(api().post(OFFICER, base + "/crime", crime()));
        after.add(instantAfterNow());
        String meetingId = created(api().post(OFFICER, base + "/strategy-meetings", convene()));
        succeeded(api().post(
                        OFFICER,
                        base + "/strategy-meetings/" + meetingId + "/attendance",
                        Map.of(
                                "attendees",
                                List.of(
                                        Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell"),
                                        Map.of("type", "POLICE", "organisation", FORCE)))));
        after.add(instantAfterNow());

        JsonNode received = asOf(caseId, after.get(0));
        assertThat(received.get("status").asText()).isEqualTo("NEW");
        assertThat(received.path("acceptedBy").isValueNode())
                .as("not accepted yet")
                .isFalse();
        assertThat(received.get("children")).hasSize(2);

        JsonNode accepted = asOf(caseId, after.get(1));
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptedBy").asText()).isEqualTo(OFFICER.id());
        assertThat(accepted.path("crime").isObject()).as("no crime yet").isFalse();

        JsonNode recorded = asOf(caseId, after.get(2));
        assertThat(recorded.at("/crime/classification").asText()).isEqualTo("86/02");
        assertThat(recorded.at("/strategyMeetingClock/state").asText()).isNotEqualTo("MET");

        JsonNode held = asOf(caseId, after.get(3));
        await().atMost(WAIT)
                .until(() -> !json.readTree(api().get(OFFICER, base).getBody())
                        .at("/strategyMeetingClock/state")
                        .asText()
                        .equals(recorded.at("/strategyMeetingClock/state").asText()));
        JsonNode live = json.readTree(api().get(OFFICER, base).getBody());
        assertThat(withoutAge(held))
                .as("the last instant is the live escalation, strategy meeting included")
                .isEqualTo(withoutAge(live));

        ResponseEntity<String> tooEarly = api().get(OFFICER, base + "?asOf=" + beforeReferral);
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(404);
        assertThat(tooEarly.getBody()).contains("did not exist yet");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND what = 'escalation-as-of'",
                        Integer.class,
                        caseId))
                .as("the four as-of reads that answered")
                .isEqualTo(4);
    }

    @Test
    void refusesWhatIsNotAnInstantOrIsToComeAndHidesOtherForcesEscalations() throws Exception {
        String caseId = referToPolice();
        String base = "/api/escalations/" + caseId;
        ResponseEntity<String> garbage = api().get(OFFICER, base + "?asOf=yesterday");
        assertThat(garbage.getStatusCode().value()).isEqualTo(400);
        assertThat(garbage.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(garbage.getBody())
                .contains("asOf must be an instant", "/invalid-request", "\"field\":\"asOf\"")
                .as("never repeats what was sent")
                .doesNotContain("yesterday");
        ResponseEntity<String> future =
                api().get(OFFICER, base + "?asOf=" + Instant.now().plusSeconds(3600));
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).contains("is in the future");

        String now = Instant.now().toString();
        for (Actor outsider : List.of(
                new Actor("pc-mps", Actor.Role.POLICE_LIAISON, "MPS"),
                new Actor("dsl-kaur", Actor.Role.SCHOOL_DSL, "137001"))) {
            ResponseEntity<String> hidden = api().get(outsider, base + "?asOf=" + now);
            assertThat(hidden.getStatusCode().value()).as(outsider.id()).isIn(403, 404);
            assertThat(api().get(outsider, base).getStatusCode().value())
                    .as("the same answer as the live read")
                    .isEqualTo(hidden.getStatusCode().value());
        }
        assertThat(api().get(new Actor("auditor-1", Actor.Role.AUDITOR, "casebridge-audit"), base + "?asOf=" + now)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private JsonNode asOf(String caseId, Instant instant) throws Exception {
        ResponseEntity<String> response = api().get(OFFICER, "/api/escalations/" + caseId + "?asOf=" + instant);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static JsonNode withoutAge(JsonNode escalation) {
        ObjectNode copy = escalation.deepCopy();
        copy.remove("ageHours");
        return copy;
    }

    private static ResponseEntity<String> succeeded(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return response;
    }

    private String referToPolice() throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE)
                        .children(
                                new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
                                new ChildSummary("child-2", 14, "Year 9", List.of("RECEIVED", "SHARED"))),
                OFFICER,
                WAIT);
        return caseId;
    }

    /** An instant after every event so far and before any to come. */
    private static Instant instantAfterNow() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }
}
