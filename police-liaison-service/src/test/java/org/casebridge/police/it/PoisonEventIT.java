package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.convene;
import static org.casebridge.police.it.PoliceRequests.seizedDevice;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PoisonEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * For each police projection, an event it cannot store (a NUL written past the edge) is parked, not a freeze: other
 * escalations, meetings and devices keep becoming readable within seconds, an operator sees the parked event and,
 * once it is corrected, one retry applies it exactly once (ADR 0012, security review H4).
 */
@PoliceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonEventIT {

    private static final String FORCE = "WMP";
    private static final Actor OFFICER = new Actor("pc-poison", Actor.Role.POLICE_LIAISON, FORCE);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private PoisonEvents poison;
    private String caseId;
    private String meetingId;
    private String deviceId;

    @BeforeAll
    void anEscalationWithAMeetingAndADevice() throws Exception {
        poison = new PoisonEvents(port, dataSource);
        caseId = referred();
        assertThat(send("POST", "/api/escalations/" + caseId + "/acceptance", null)
                                .statusCode()
                        / 100)
                .isEqualTo(2);
        meetingId = created("/api/escalations/" + caseId + "/strategy-meetings", convene());
        deviceId = created("/api/escalations/" + caseId + "/devices", seizedDevice());
        await().atMost(PoisonEvents.WITHIN).untilAsserted(() -> {
            assertThat(send("GET", "/api/escalations/" + caseId + "/strategy-meetings", null)
                            .body())
                    .contains(meetingId);
            assertThat(send("GET", "/api/escalations/" + caseId + "/devices", null)
                            .body())
                    .contains(deviceId);
        });
    }

    @Test
    void anEscalationTheInboxCannotStoreIsParkedAndRetriedOnce() {
        poison.parksAndRetries(
                "police-escalations",
                caseId,
                0,
                "schoolUrn",
                () -> {
                    List<String> later = List.of(referred(), referred(), referred());
                    await().atMost(PoisonEvents.WITHIN)
                            .until(() -> later.stream()
                                    .allMatch(id -> send("GET", "/api/escalations/" + id, null)
                                                    .statusCode()
                                            == 200));
                },
                id -> count("police_escalation", "case_id", id));
    }

    @Test
    void aMeetingTheMeetingViewCannotStoreIsParkedAndRetriedOnce() {
        poison.parksAndRetries(
                "police-strategy-meetings",
                meetingId,
                0,
                "forceCode",
                () -> {
                    String later = created("/api/escalations/" + caseId + "/strategy-meetings", convene());
                    await().atMost(PoisonEvents.WITHIN)
                            .until(() -> send("GET", "/api/escalations/" + caseId + "/strategy-meetings", null)
                                    .body()
                                    .contains(later));
                },
                id -> count("police_strategy_meeting", "meeting_id", id));
    }

    @Test
    void aDeviceTheDeviceViewCannotStoreIsParkedAndRetriedOnce() {
        poison.parksAndRetries(
                "police-devices",
                deviceId,
                0,
                "forceCode",
                () -> {
                    String later = created("/api/escalations/" + caseId + "/devices", seizedDevice());
                    await().atMost(PoisonEvents.WITHIN)
                            .until(() -> send("GET", "/api/escalations/" + caseId + "/devices", null)
                                    .body()
                                    .contains(later));
                },
                id -> count("police_device", "device_id", id));
    }

    private int count(String table, String column, String id) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, id);
    }

    private String referred() {
        String id;
        try {
            id = SchoolReferral.to(FORCE)
                    .area("E08000028")
                    .policeOnly()
                    .children(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")))
                    .sendWith(kafka);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(PoisonEvents.WITHIN)
                .until(() -> send("GET", "/api/escalations/" + id, null).statusCode() == 200);
        return id;
    }

    private String created(String path, Object body) {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return json.readTree(response.body()).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        try {
            return new PlainHttp(port, http, json).send(method, path, PoliceApi.token(OFFICER), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
