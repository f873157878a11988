package org.casebridge.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The running stack as the benchmark sees it: its HTTP APIs with demo tokens, and its databases. */
public final class StackClient {

    static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-11-27T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]},
                          {"ref": "child-2", "age": 14, "yearGroup": "Year 9", "roles": ["RECEIVED"]}]}""";

    static final String REVIEW = """
            {"heldAt": "2026-11-27T11:00:00Z", "attendees": [{"name": "A. Kaur", "role": "DSL"}],
             "criteria": {"ADULT_INVOLVED": false, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                          "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                          "IMMEDIATE_RISK_OF_HARM": true},
             "considerations": {"viewingNeeded": false, "otherSchoolsInvolved": false, "informParents": true}}""";

    static final String REFERRAL =
            "{\"referredTo\": [\"POLICE\", \"CHILDRENS_SOCIAL_CARE\"], \"reasons\": \"Immediate risk of harm\"}";

    private static final ObjectMapper JSON = new ObjectMapper();

    final URI caseService;
    final URI policeService;
    final URI notificationService;
    final URI identityProvider;
    final String jdbcBase;
    final String kafkaBootstrap;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, String> tokens = new HashMap<>();

    /** The stack on the documented ports moved by {@code portOffset} ({@code deploy/local/run --port-offset}). */
    StackClient(int portOffset) {
        this(
                8081 + portOffset,
                8082 + portOffset,
                8083 + portOffset,
                9000 + portOffset,
                5432 + portOffset,
                9092 + portOffset);
    }

    /** The stack on these ports of localhost. */
    public StackClient(
            int caseService, int policeService, int notificationService, int identity, int postgres, int kafka) {
        this.caseService = URI.create("http://localhost:" + caseService);
        this.policeService = URI.create("http://localhost:" + policeService);
        this.notificationService = URI.create("http://localhost:" + notificationService);
        this.identityProvider = URI.create("http://localhost:" + identity);
        this.jdbcBase = "jdbc:postgresql://localhost:" + postgres + "/";
        this.kafkaBootstrap = "localhost:" + kafka;
    }

    /**
     * A connection as the role that owns the database (ADR 0046): the raw baseline creates its own table beside the
     * event store's, which the services' role may not.
     */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(jdbcBase + name, "casebridge_owner", "casebridge_owner");
    }

    /** A client-credentials token of a demo client, cached (a run is far shorter than its 15 minutes). */
    synchronized String token(String clientId) throws IOException, InterruptedException {
        String cached = tokens.get(clientId);
        if (cached != null) {
            return cached;
        }
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(identityProvider.resolve("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.statusCode());
        }
        String token = JSON.readTree(response.body()).get("access_token").asText();
        tokens.put(clientId, token);
        return token;
    }

    HttpResponse<String> post(URI base, String path, String clientId, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token(clientId))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET answered 200, as JSON. */
    JsonNode getJson(URI base, String path, String clientId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token(clientId))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 200);
        return JSON.readTree(response.body());
    }

    /** A conditional read's answer: the body (null for a 304), the rows' tag, and whether the service held the read. */
    record Conditional(JsonNode body, String tag, boolean held) {}

    /**
     * A GET naming the rows the caller has by their tag (none at first) and preferring to wait up to {@code seconds}
     * for a change (ADR 0101); answered 200 or 304.
     */
    Conditional getWaiting(URI base, String path, String clientId, String tag, int seconds)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(clientId))
                .header("Accept", "application/json")
                .header("Prefer", "wait=" + seconds);
        if (tag != null) {
            request.header("If-None-Match", tag);
        }
        HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        boolean held = response.headers().firstValue("Preference-Applied").isPresent();
        String answeredTag = response.headers().firstValue("ETag").orElse(null);
        if (response.statusCode() == 304) {
            return new Conditional(null, answeredTag, held);
        }
        expect(response, 200);
        return new Conditional(JSON.readTree(response.body()), answeredTag, held);
    }

    int get(URI base, String path, String clientId) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token(clientId))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Reports a case as the Hackney school's DSL and answers its id. */
    String report() throws IOException, InterruptedException {
        HttpResponse<String> response = post(caseService, "/api/cases", "school-100001", REPORT);
        expect(response, 201);
        return JSON.readTree(response.body()).get("caseId").asText();
    }

    static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(
                response.request().method() + " " + response.request().uri() + " answered " + response.statusCode());
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}
