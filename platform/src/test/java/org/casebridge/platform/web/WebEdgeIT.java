package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a clear problem, never a 500, and nothing is stored. */
@CasebridgeIntegrationTest
class WebEdgeIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = storedEvents();
    }

    @Test
    void acceptsAValidRequest() {
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"Disclosed at break\"}", true);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void refusesImagesAndFilesWith415() {
        for (String type : new String[] {
            "image/jpeg", "image/png", "video/mp4", "application/octet-stream", "multipart/form-data; boundary=x"
        }) {
            ResponseEntity<String> response = post(MediaType.parseMediaType(type), "\u00ff\u00d8\u00ff\u00e0", true);
            assertThat(response.getStatusCode().value()).as(type).isEqualTo(415);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).contains("imagery-not-accepted");
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesDataUrisAndEncodedBlobsInTextWith422() {
        String blob = Base64.getEncoder().encodeToString(new byte[600]);
        for (String note : new String[] {"see data:image/png;base64,iVBORw0KGgo=", blob}) {
            ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"" + note + "\"}", true);
            assertThat(response.getStatusCode().value()).isEqualTo(422);
            assertThat(response.getBody()).contains("embedded-data-not-accepted");
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void answersMalformedJsonWith400() {
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\": ", true);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("malformed-request");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void namesAnUnknownField() {
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"x\",\"photo\":\"y\"}", true);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"photo\"");
    }

    @Test
    void namesTheInvalidField() {
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"  \"}", true);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"note\"");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesARequestThatDoesNotSayWhoIsActing() {
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"x\"}", false);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("unauthenticated");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAnOversizedBodyWith413() {
        String note = "word ".repeat(NoImageryFilter.MAX_BODY_BYTES / 5 + 10);
        ResponseEntity<String> response = post(MediaType.APPLICATION_JSON, "{\"note\":\"" + note + "\"}", true);
        assertThat(response.getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void servesHealthPrometheusAndOpenApi() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody())
                .contains("UP");
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("casebridge_events_unpublished");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody())
                .contains("\"scheme\":\"bearer\"")
                .doesNotContain("X-Actor");
    }

    private ResponseEntity<String> post(MediaType type, String body, boolean withActor) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (withActor) {
            headers.setAll(Map.of("X-Actor-Id", "dsl.jones", "X-Actor-Role", "SCHOOL_DSL", "X-Actor-Org", "100001"));
        }
        return http.postForEntity("/api/probes", new HttpEntity<>(body, headers), String.class);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
