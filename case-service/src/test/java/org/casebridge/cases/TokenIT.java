package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The DSL and their school come from an access token issued for case-service; the actor headers count for nothing,
 * and a token for another service, or an ID token, is refused.
 */
@CaseIntegrationTest
class TokenIT extends CaseApiSteps {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDslWithATokenReportsForTheSchoolInTheToken() throws Exception {
        String token = TestTokens.trusted().token("dsl.kaur", "SCHOOL_DSL", CaseApi.URN);
        String otherSchool = TestTokens.trusted().token("dsl.other", "SCHOOL_DSL", CaseApi.OTHER_URN);

        HttpResponse<String> created = post(token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        await().atMost(Duration.ofSeconds(30)).until(() -> get(location, token).statusCode() == 200);
        assertThat(get(location, token).body()).contains("\"caseId\"");
        assertThat(get(location, otherSchool).statusCode()).isEqualTo(404);
    }

    @Test
    void theActorHeadersAloneAreRefused() throws Exception {
        assertThat(post(null).statusCode()).isEqualTo(401);
        assertThat(post(TestTokens.foreign().token("dsl.kaur", "SCHOOL_DSL", CaseApi.URN))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyATokenIssuedForCaseServiceIsAccepted() throws Exception {
        String forCases = TestTokens.trusted()
                .tokenFor(List.of("casebridge-case-service"), "dsl.kaur", "SCHOOL_DSL", CaseApi.URN);
        String forPolice = TestTokens.trusted()
                .tokenFor(List.of("casebridge-police-liaison-service"), "dsl.kaur", "SCHOOL_DSL", CaseApi.URN);
        String idToken = TestTokens.trusted().tokenOfType("JWT", "dsl.kaur", "SCHOOL_DSL", CaseApi.URN);
        long before = events();

        assertThat(post(forPolice).statusCode()).isEqualTo(401);
        assertThat(post(idToken).statusCode()).isEqualTo(401);
        assertThat(get("/api/cases", forPolice).statusCode()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);
        assertThat(get("/api/cases", forCases).statusCode()).isEqualTo(200);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                .header("Content-Type", "application/json")
                .header("X-Actor-Id", "dsl.kaur")
                .header("X-Actor-Role", "SCHOOL_DSL")
                .header("X-Actor-Org", CaseApi.URN)
                .POST(HttpRequest.BodyPublishers.ofString(CaseApi.reportJson(null)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
