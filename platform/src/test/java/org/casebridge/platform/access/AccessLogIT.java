package org.casebridge.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every successful read of a marked endpoint leaves an entry, and nobody can change an entry afterwards. */
@CasebridgeIntegrationTest
class AccessLogIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsWhoReadWhichCaseWhenAndWhy() {
        String caseId = UUID.randomUUID().toString();
        HttpHeaders headers = actor("officer.morgan", "POLICE_LIAISON", "MPS");
        headers.set(AccessLogAdvice.PURPOSE_HEADER, "Preparing the strategy meeting");

        ResponseEntity<String> read =
                http.exchange("/api/probes/" + caseId, HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> entry = jdbc.queryForMap("SELECT * FROM access_log WHERE case_id = ?", caseId);
        assertThat(entry)
                .containsEntry("actor_id", "officer.morgan")
                .containsEntry("actor_role", "POLICE_LIAISON")
                .containsEntry("actor_org", "MPS")
                .containsEntry("what", "probe")
                .containsEntry("purpose", "Preparing the strategy meeting")
                .containsEntry("path", "/api/probes/" + caseId);
        assertThat(entry.get("at")).isNotNull();
    }

    @Test
    void recordsNothingWhenNothingWasRead() {
        String caseId = "missing-" + UUID.randomUUID();
        ResponseEntity<String> read = http.exchange(
                "/api/probes/" + caseId,
                HttpMethod.GET,
                new HttpEntity<>(actor("dsl.jones", "SCHOOL_DSL", "100001")),
                String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> anonymous = http.getForEntity("/api/probes/" + caseId, String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void refusesToChangeOrRemoveAnEntry() {
        String caseId = UUID.randomUUID().toString();
        http.exchange(
                "/api/probes/" + caseId,
                HttpMethod.GET,
                new HttpEntity<>(actor("dsl.jones", "SCHOOL_DSL", "100001")),
                String.class);
        assertThatThrownBy(
                        () -> jdbc.update("UPDATE access_log SET actor_id = 'someone-else' WHERE case_id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE case_id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT actor_id FROM access_log WHERE case_id = ?", String.class, caseId))
                .isEqualTo("dsl.jones");
    }

    @Test
    void letsAnAuditorListWhoReadACaseAndRecordsThatReadingToo() {
        String caseId = UUID.randomUUID().toString();
        http.exchange(
                "/api/probes/" + caseId,
                HttpMethod.GET,
                new HttpEntity<>(actor("officer.morgan", "POLICE_LIAISON", "MPS")),
                String.class);

        ResponseEntity<String> log = http.exchange(
                "/api/access-log?caseId=" + caseId,
                HttpMethod.GET,
                new HttpEntity<>(actor("auditor.lee", "AUDITOR", "casebridge-audit")),
                String.class);

        assertThat(log.getStatusCode().value()).isEqualTo(200);
        assertThat(log.getBody()).contains("\"actorId\":\"officer.morgan\"", "\"what\":\"probe\"");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE what = 'access-log' AND actor_id = ?",
                        Integer.class,
                        "auditor.lee"))
                .isPositive();
    }

    @Test
    void hidesTheLogFromOthersWithoutAScope() {
        ResponseEntity<String> log = http.exchange(
                "/api/access-log?caseId=" + UUID.randomUUID(),
                HttpMethod.GET,
                new HttpEntity<>(actor("dsl.jones", "SCHOOL_DSL", "100001")),
                String.class);
        assertThat(log.getStatusCode().value()).isEqualTo(404);
    }

    private static HttpHeaders actor(String id, String role, String organisation) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Actor-Id", id);
        headers.set("X-Actor-Role", role);
        headers.set("X-Actor-Org", organisation);
        return headers;
    }
}
