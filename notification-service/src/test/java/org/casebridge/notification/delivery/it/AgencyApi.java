package org.casebridge.notification.delivery.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.casebridge.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The REST API as one user calls it, with a bearer token from the test identity provider (the service under test
 * runs with {@code casebridge.security.tokens=true}). A fresh token per request, so a long test never sees one expire.
 */
final class AgencyApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final Supplier<String> token;

    /** A worker of an agency. */
    AgencyApi(TestRestTemplate rest, String agencyId) {
        this(rest, agencyId + ".worker", "AGENCY", agencyId);
    }

    /** Any user: an auditor, a DSL, a police officer. */
    AgencyApi(TestRestTemplate rest, String subject, String role, String organisation) {
        this(rest, () -> TestTokens.trusted().token(subject, role, organisation));
    }

    private AgencyApi(TestRestTemplate rest, Supplier<String> token) {
        this.rest = rest;
        this.token = token;
    }

    /** A caller without a token. */
    static AgencyApi anonymous(TestRestTemplate rest) {
        return new AgencyApi(rest, () -> null);
    }

    /** A caller with this very token (expired, from another issuer, without a claim). */
    static AgencyApi withToken(TestRestTemplate rest, String token) {
        return new AgencyApi(rest, () -> token);
    }

    /** A caller whose token is signed by a key the service does not trust. */
    static AgencyApi foreign(TestRestTemplate rest, String agencyId) {
        TestTokens untrusted = TestTokens.foreign();
        return new AgencyApi(rest, () -> untrusted.token(agencyId + ".worker", "AGENCY", agencyId));
    }

    /** Subscribes and returns the 201 response body ({"subscription": ..., "webhookSecret": ...}). */
    JsonNode subscribe(List<String> types, List<String> areas, String scope, Map<String, Object> channel) {
        ResponseEntity<String> response = call(
                HttpMethod.POST,
                "/api/subscriptions",
                Map.of(
                        "eventTypes",
                        types,
                        "areas",
                        areas,
                        "scope",
                        scope,
                        "channel",
                        channel,
                        "lawfulBasis",
                        Map.of("article6", "PUBLIC_TASK", "article9Condition", "DPA 2018 Sch 1 para 18")));
        if (response.getStatusCode().value() != 201) {
            throw new IllegalStateException("Subscribe failed: " + response.getStatusCode() + " " + response.getBody());
        }
        return read(response);
    }

    JsonNode webhook(List<String> types, List<String> areas, String scope, String url) {
        return subscribe(types, areas, scope, Map.of("type", "WEBHOOK", "url", url));
    }

    ResponseEntity<String> call(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        String bearer = token.get();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    JsonNode get(String path) {
        ResponseEntity<String> response = call(HttpMethod.GET, path, null);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(path + ": " + response.getStatusCode() + " " + response.getBody());
        }
        return read(response);
    }

    static JsonNode read(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
