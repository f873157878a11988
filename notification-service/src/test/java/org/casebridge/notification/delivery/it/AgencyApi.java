package org.casebridge.notification.delivery.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as one agency's user calls it. */
final class AgencyApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final String agencyId;

    AgencyApi(TestRestTemplate rest, String agencyId) {
        this.rest = rest;
        this.agencyId = agencyId;
    }

    /** Subscribes and returns the 201 response body ({"subscription": ..., "webhookSecret": ...}). */
    JsonNode subscribe(List<String> types, List<String> areas, String scope, Map<String, Object> channel) {
        ResponseEntity<String> response = call(HttpMethod.POST, "/api/subscriptions", Map.of(
                "eventTypes", types, "areas", areas, "scope", scope, "channel", channel,
                "lawfulBasis", Map.of("article6", "PUBLIC_TASK", "article9Condition", "DPA 2018 Sch 1 para 18")));
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
        headers.set("X-Actor-Id", agencyId + ".worker");
        headers.set("X-Actor-Role", "AGENCY");
        headers.set("X-Actor-Org", agencyId);
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
