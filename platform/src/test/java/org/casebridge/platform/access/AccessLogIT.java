package org.casebridge.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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

    @Test
    void letsAnAuditorFilterByPersonCaseOrganisationAndTimeWithinTheirOwnOrganisation() {
        String caseId = UUID.randomUUID().toString();
        String officer = "officer." + UUID.randomUUID();
        read(caseId, actor(officer, "POLICE_LIAISON", "MPS"));
        read(caseId, actor("dsl." + UUID.randomUUID(), "SCHOOL_DSL", "100001"));
        read(UUID.randomUUID().toString(), actor(officer, "POLICE_LIAISON", "MPS"));

        HttpHeaders mpsAuditor = actor("auditor.mps", "AUDITOR", "MPS");
        String byPerson = search("person=" + officer, mpsAuditor).getBody();
        assertThat(byPerson).contains("\"total\":2").doesNotContain("SCHOOL_DSL");

        String byCase =
                search("person=" + officer + "&caseId=" + caseId, mpsAuditor).getBody();
        assertThat(byCase).contains("\"total\":1", caseId);

        String inPeriod = search(
                        "caseId=" + caseId + "&from=" + Instant.now().minusSeconds(3600) + "&to="
                                + Instant.now().plusSeconds(60),
                        mpsAuditor)
                .getBody();
        assertThat(inPeriod).contains("\"total\":1", officer);
        String beforeIt = search("caseId=" + caseId + "&to=" + Instant.now().minusSeconds(3600), mpsAuditor)
                .getBody();
        assertThat(beforeIt).contains("\"total\":0");

        String otherOrganisation = search("caseId=" + caseId, actor("auditor.school", "AUDITOR", "100002"))
                .getBody();
        assertThat(otherOrganisation).contains("\"total\":0").doesNotContain(officer);
        assertThat(search("caseId=" + caseId + "&organisation=100001", mpsAuditor)
                        .getBody())
                .contains("\"total\":0");
    }

    @Test
    void pagesNewestFirst() {
        String person = "officer." + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            read("paged-" + i + "-" + person, actor(person, "POLICE_LIAISON", "MPS"));
        }
        HttpHeaders auditor = actor("auditor.mps", "AUDITOR", "MPS");
        assertThat(search("person=" + person + "&size=2", auditor).getBody())
                .contains("\"total\":3", "\"page\":0", "\"size\":2", "paged-2-", "paged-1-")
                .doesNotContain("paged-0-");
        assertThat(search("person=" + person + "&size=2&page=1", auditor).getBody())
                .contains("paged-0-")
                .doesNotContain("paged-1-");
    }

    @Test
    void recordsEverySearchAndRefusesOthersAndBadPeriods() {
        String auditor = "auditor." + UUID.randomUUID();
        assertThat(search("person=nobody", actor(auditor, "AUDITOR", "MPS"))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE what = 'access-log-search' AND actor_id = ?",
                        Integer.class,
                        auditor))
                .isEqualTo(1);

        ResponseEntity<String> officer = search("", actor("officer.morgan", "POLICE_LIAISON", "MPS"));
        assertThat(officer.getStatusCode().value()).isEqualTo(403);
        assertThat(officer.getBody()).contains("auditor-role-required");

        ResponseEntity<String> backwards =
                search("from=2026-12-02T10:00:00Z&to=2026-12-01T10:00:00Z", actor(auditor, "AUDITOR", "MPS"));
        assertThat(backwards.getStatusCode().value()).isEqualTo(400);
        assertThat(backwards.getBody()).contains("from must be before to");
        ResponseEntity<String> notAnInstant = search("from=yesterday", actor(auditor, "AUDITOR", "MPS"));
        assertThat(notAnInstant.getStatusCode().value()).isEqualTo(400);
        assertThat(notAnInstant.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private void read(String caseId, HttpHeaders headers) {
        assertThat(http.exchange("/api/probes/" + caseId, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private ResponseEntity<String> search(String query, HttpHeaders headers) {
        return http.exchange("/api/audit/access-log?" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders actor(String id, String role, String organisation) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Actor-Id", id);
        headers.set("X-Actor-Role", role);
        headers.set("X-Actor-Org", organisation);
        return headers;
    }
}
