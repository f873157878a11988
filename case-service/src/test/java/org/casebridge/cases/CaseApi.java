package org.casebridge.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebridge.platform.access.AccessLogAdvice;
import org.casebridge.platform.test.TestTokens;

/**
 * A user talking to case-service over real HTTP with a bearer token from the test identity provider
 * ({@link TestTokens}), so every request takes the service's real security path: the token says who acts, in which
 * role and for which organisation. Request bodies are JSON text, as a browser or curl would send them.
 */
public final class CaseApi {

    public static final String URN = "103456";
    public static final String OTHER_URN = "100001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String organisation;
    private final String role;

    public CaseApi(int port, String organisation, String role) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.organisation = organisation;
        this.role = role;
    }

    /** The user id the token of this caller carries: {@code dsl-<URN>} for a DSL, else the role and organisation. */
    public String userId() {
        return "SCHOOL_DSL".equals(role) ? "dsl-" + organisation : role.toLowerCase(Locale.ROOT) + "-" + organisation;
    }

    public static CaseApi dsl(int port) {
        return new CaseApi(port, URN, "SCHOOL_DSL");
    }

    public CaseApi as(String otherOrganisation, String otherRole) {
        return new CaseApi(port, otherOrganisation, otherRole);
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A read that says why the reader is looking, as the access log records it. */
    public Response get(String path, String purpose) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header(AccessLogAdvice.PURPOSE_HEADER, purpose)
                .GET());
    }

    /** A download: its status and its bytes as sent. */
    public record Download(int status, byte[] body) {}

    /** Reads a file (a released disclosure) as bytes. */
    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Authorization", "Bearer " + TestTokens.trusted().token(userId(), role, organisation))
                .timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    /** Reports the standard two-child case and returns its id. */
    public String report(String personalDetailsOfChild1) {
        Response created = post("/api/cases", reportJson(personalDetailsOfChild1));
        if (created.status() != 201) {
            throw new IllegalStateException("Report refused: " + created.status() + " " + created.body());
        }
        return created.json().get("caseId").asText();
    }

    public static String reportJson(String personalDetailsOfChild1) {
        return """
                {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
                 "imagery": ["SEMI_NUDE"], "imageryNotes": "Described by the child; not viewed",
                 "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT", "mayHaveReachedInternet": false,
                 "onSchoolDeviceOrNetwork": false,
                 "children": [
                   {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"], "flags": ["SEND"],
                    "personalDetails": %s},
                   {"ref": "child-2", "age": 15, "yearGroup": "Year 10", "roles": ["RECEIVED", "SHARED"]}
                 ],
                 "summary": "child-1 told her tutor that child-2 forwarded a picture"}
                """.formatted(personalDetailsOfChild1 == null ? "null" : personalDetailsOfChild1);
    }

    public static String reviewJson(boolean adultInvolved) {
        return """
                {"heldAt": "2026-01-10T10:00:00Z",
                 "attendees": [{"name": "A. Kaur", "role": "DSL"}, {"name": "B. Jones", "role": "Head of Year 9"}],
                 "criteria": {"ADULT_INVOLVED": %s, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                              "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                              "IMMEDIATE_RISK_OF_HARM": false},
                 "considerations": {"riskNow": "None now", "viewingNeeded": false,
                                    "spreadAssessment": "One recipient", "deletionPlan": "To agree with police",
                                    "otherSchoolsInvolved": false, "informParents": true},
                 "notes": "Both pupils seen separately"}
                """.formatted(adultInvolved);
    }

    public static String parentsInformedJson(String childRef) {
        return """
                {"childRef": "%s", "informed": true, "whoWasInformed": "Mother",
                 "informedAt": "2026-01-10T15:00:00Z", "method": "IN_PERSON"}""".formatted(childRef);
    }

    /** Each request gets a freshly minted token, so a long test never meets an expired one. */
    private Response send(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + TestTokens.trusted().token(userId(), role, organisation))
                .timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    /** A response: status, body and headers. */
    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }
}
