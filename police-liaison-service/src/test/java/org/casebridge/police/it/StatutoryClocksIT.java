package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The strategy-meeting and action clocks on the persistent deadline manager, saga store and event store; the meeting
 * clock's result goes out on Kafka, met or missed (ADR 0067).
 */
class StatutoryClocksIT extends PoliceApiIntegrationTest {

    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, "WMP");
    static final Duration WAIT = Duration.ofSeconds(90);

    String referralMade(Instant referredAt) throws Exception {
        String caseId = referred(
                SchoolReferral.to("WMP")
                        .policeOnly()
                        .children(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")))
                        .referredAt(referredAt),
                OFFICER,
                WAIT);
        return caseId;
    }

    int stored(String aggregateId, String eventType) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?" + " AND payload_type LIKE ?",
                Integer.class,
                aggregateId,
                "%$" + eventType);
    }

    /** The strategy meeting's clock result the force published for the case (ADR 0067), as JSON. */
    static String clockResult(String caseId) {
        return new String(
                KafkaTestRecords.first(
                                Topics.POLICE_EVENTS,
                                r -> caseId.equals(r.key())
                                        && "org.casebridge.police.strategy-meeting-clock-result.v1"
                                                .equals(KafkaTestRecords.header(r, "ce_type")),
                                WAIT)
                        .value(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aReferralWithNoMeetingIn72HoursIsFlaggedOverdue() throws Exception {
        String caseId = referralMade(Instant.now().minus(Duration.ofHours(73)));

        await().atMost(WAIT).until(() -> stored(caseId, "StrategyMeetingOverdueEvent") == 1);
        assertThat(clockResult(caseId)).contains("\"result\":\"MISSED\"").contains("\"forceCode\":\"WMP\"");
        await().atMost(WAIT).untilAsserted(() -> {
            String overdue =
                    api().get(OFFICER, "/api/escalations?status=overdue").getBody();
            assertThat(json.readTree(overdue).findValuesAsText("caseId")).contains(caseId);
            assertThat(jdbc.queryForObject(
                            "SELECT strategy_meeting_overdue FROM police_escalation WHERE case_id = ?",
                            Boolean.class,
                            caseId))
                    .isTrue();
        });
    }

    @Test
    void anActionStillOpenAtItsDueDateIsFlaggedOverdue() throws Exception {
        String caseId = referralMade(Instant.now());
        String base = "/api/escalations/" + caseId;
        assertThat(api().post(OFFICER, base + "/acceptance", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> convened = api().post(
                        OFFICER,
                        base + "/strategy-meetings",
                        Map.of(
                                "scheduledFor",
                                Instant.now().toString(),
                                "venue",
                                "Police station",
                                "invitees",
                                List.of(Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"))));
        String meeting = base + "/strategy-meetings/"
                + json.readTree(convened.getBody()).get("id").asText();
        assertThat(api().post(
                                OFFICER,
                                meeting + "/attendance",
                                Map.of(
                                        "attendees",
                                        List.of(Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"))))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(WAIT).until(() -> stored(caseId, "StrategyMeetingClockStoppedEvent") == 1);
        assertThat(clockResult(caseId)).contains("\"result\":\"MET\"");
        ResponseEntity<String> action = api().post(
                        OFFICER,
                        meeting + "/actions",
                        Map.of(
                                "description",
                                "Call the family",
                                "owner",
                                Map.of("type", "POLICE", "organisation", "WMP"),
                                "dueBy",
                                Instant.now().plusSeconds(4).toString()));
        assertThat(action.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String actionId = json.readTree(action.getBody()).get("id").asText();
        String meetingId = meeting.substring(meeting.lastIndexOf('/') + 1);

        await().atMost(WAIT).until(() -> stored(meetingId, "ActionOverdueEvent") == 1);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(jdbc.queryForObject(
                            "SELECT flagged_overdue FROM police_strategy_action WHERE action_id = ?",
                            Boolean.class,
                            actionId))
                    .isTrue();
            assertThat(json.readTree(api().get(OFFICER, "/api/strategy-actions?status=overdue")
                                    .getBody())
                            .findValuesAsText("actionId"))
                    .contains(actionId);
        });
    }
}
