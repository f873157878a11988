package org.casebridge.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * DSLs report, review and refer cases at a steady rate while liaison officers read their inbox: the busiest path
 * through case-service and police-liaison-service. Bounded in count and time; loopback only.
 * Settings (system properties): rate (referrals per second, default 5), seconds (default 60),
 * caseService (default http://localhost:8081), policeService (default http://localhost:8082), identityProvider
 * (default http://localhost:9000), whose demo clients give the tokens; a run longer than a token's 15 minutes needs
 * fresh tokens and is not what this simulation is for.
 */
public class ReferralSimulation extends Simulation {

    private static final double RATE = Double.parseDouble(System.getProperty("rate", "5"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    private static final String IDENTITY_PROVIDER = System.getProperty("identityProvider", "http://localhost:9000");

    private final HttpProtocolBuilder school = http
            .baseUrl(System.getProperty("caseService", "http://localhost:8081"))
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + token("school-100001"));

    private final String officerToken = "Bearer " + token("mps-liaison");

    private final String police = System.getProperty("policeService", "http://localhost:8082");

    private final ScenarioBuilder refer = scenario("A DSL reports, reviews and refers")
            .exec(http("report incident").post("/api/cases")
                    .body(StringBody("""
                            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-11-27T08:40:00Z",
                             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
                             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
                             "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]},
                                          {"ref": "child-2", "age": 14, "yearGroup": "Year 9", "roles": ["RECEIVED"]}]}"""))
                    .check(status().is(201), jsonPath("$.caseId").saveAs("caseId")))
            .exec(http("record initial review").post("/api/cases/#{caseId}/initial-review")
                    .body(StringBody("""
                            {"heldAt": "2026-11-27T11:00:00Z", "attendees": [{"name": "A. Kaur", "role": "DSL"}],
                             "criteria": {"ADULT_INVOLVED": false, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                                          "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                                          "IMMEDIATE_RISK_OF_HARM": true},
                             "considerations": {"viewingNeeded": false, "otherSchoolsInvolved": false,
                                                "informParents": true}}"""))
                    .check(status().in(200, 201, 204)))
            .exec(http("refer to police").post("/api/cases/#{caseId}/referral")
                    .body(StringBody("{\"referredTo\": [\"POLICE\"], \"reasons\": \"Immediate risk of harm\"}"))
                    .check(status().in(200, 201, 204)))
            .exec(http("read police inbox").get(police + "/api/escalations?status=new")
                    .header("Authorization", officerToken)
                    .check(status().is(200)));

    /** A token of one of the identity provider's demo clients (client credentials). */
    private static String token(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(IDENTITY_PROVIDER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = ACCESS_TOKEN.matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("No token for " + clientId + " from " + IDENTITY_PROVIDER);
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    {
        setUp(refer.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(school)
                .maxDuration(Duration.ofSeconds(SECONDS + 60L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
