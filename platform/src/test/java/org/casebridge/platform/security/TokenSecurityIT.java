package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With tokens required, only a valid JWT from the trusted issuer says who is acting. */
@CasebridgeIntegrationTest
@TestPropertySource(properties = "casebridge.security.tokens=true")
class TokenSecurityIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final TestTokens tokens = TestTokens.trusted();

    @Test
    void takesTheActorFromTheTokenAndIgnoresActorHeaders() {
        HttpHeaders headers = bearer(tokens.token("dsl.jones", "SCHOOL_DSL", "100001"));
        headers.set("X-Actor-Org", "999999");
        headers.set("X-Actor-Role", "AUDITOR");
        ResponseEntity<String> response =
                http.exchange("/api/whoami", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody())
                .contains("\"id\":\"dsl.jones\"", "\"role\":\"SCHOOL_DSL\"", "\"organisation\":\"100001\"");
    }

    @Test
    void refusesARequestWithoutAToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Actor-Id", "dsl.jones");
        headers.set("X-Actor-Role", "SCHOOL_DSL");
        headers.set("X-Actor-Org", "100001");
        assertUnauthenticated(headers);
    }

    @Test
    void refusesAnExpiredToken() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        assertUnauthenticated(bearer(tokens.token(
                "dsl.jones", "SCHOOL_DSL", "100001", TestTokens.ISSUER, twoHoursAgo, Duration.ofMinutes(5))));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertUnauthenticated(bearer(tokens.token(
                "dsl.jones", "SCHOOL_DSL", "100001", "http://elsewhere", Instant.now(), Duration.ofMinutes(5))));
    }

    @Test
    void refusesATokenSignedWithAnUntrustedKey() {
        assertUnauthenticated(bearer(TestTokens.foreign().token("dsl.jones", "SCHOOL_DSL", "100001")));
    }

    @Test
    void refusesATokenWithoutAnOrganisation() {
        assertUnauthenticated(bearer(tokens.token("dsl.jones", "SCHOOL_DSL", null)));
    }

    @Test
    void refusesATokenWithAnUnknownRole() {
        assertUnauthenticated(bearer(tokens.token("dsl.jones", "HEADTEACHER", "100001")));
    }

    @Test
    void acceptsATokenIssuedForThisServiceAlone() {
        HttpHeaders headers = bearer(tokens.tokenFor(List.of("casebridge-probe"), "dsl.jones", "SCHOOL_DSL", "100001"));
        ResponseEntity<String> response =
                http.exchange("/api/whoami", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void refusesATokenIssuedForAnotherService() {
        assertUnauthenticated(
                bearer(tokens.tokenFor(List.of("casebridge-case-service"), "dsl.jones", "SCHOOL_DSL", "100001")));
    }

    @Test
    void refusesATokenWithoutAnAudience() {
        assertUnauthenticated(bearer(tokens.tokenFor(List.of(), "dsl.jones", "SCHOOL_DSL", "100001")));
    }

    @Test
    void refusesATokenThatIsNotAnAccessToken() {
        assertUnauthenticated(bearer(tokens.tokenOfType("JWT", "dsl.jones", "SCHOOL_DSL", "100001")));
        assertUnauthenticated(bearer(tokens.tokenOfType(null, "dsl.jones", "SCHOOL_DSL", "100001")));
    }

    @Test
    void refusesAGarbledToken() {
        assertUnauthenticated(bearer("not.a.token"));
    }

    @Test
    void keepsHealthOpenAndSetsSecurityHeaders() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(health.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(health.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void recordsNothingForAnUnauthenticatedWrite() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                http.postForEntity("/api/probes", new HttpEntity<>("{\"note\":\"x\"}", headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isEqualTo(before);
    }

    private void assertUnauthenticated(HttpHeaders headers) {
        ResponseEntity<String> response =
                http.exchange("/api/whoami", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.getBody()).contains("unauthenticated").doesNotContain("eyJ");
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
