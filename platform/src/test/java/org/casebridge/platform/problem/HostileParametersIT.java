package org.casebridge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile query and path parameters, sent over real HTTP as a client would: a value of the wrong type, out of range,
 * not one of an enum's, a malformed instant or day, a NUL, an encoded NUL, slash or percent, a semicolon in the path, a
 * very long value, an id that does not exist written as no id is (a name, markup), a missing parameter, a method or address with no endpoint. Each answers a Casebridge RFC 9457
 * problem (never {@code about:blank}, never a 5xx) naming the parameter where there is one, without echoing the value,
 * and writes nothing.
 */
@CasebridgeIntegrationTest
class HostileParametersIT {

    private static final String ID = "0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11";
    private static final String TYPED = "/api/probes/typed/" + ID + "?day=2026-12-01";
    private static final String LONG = "x.".repeat(2000);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("GET", "/api/probes/typed/not-a-uuid?day=2026-12-01", 400, "invalid-request", "id"),
                Arguments.of("GET", "/api/probes/typed/" + LONG + "?day=2026-12-01", 400, "invalid-request", "id"),
                Arguments.of("GET", "/api/probes/typed/%00?day=2026-12-01", 400, "malformed-request", null),
                Arguments.of("GET", "/api/probes/typed/a%2Fb?day=2026-12-01", 400, "malformed-request", null),
                Arguments.of("GET", "/api/probes/typed/a%25b?day=2026-12-01", 400, "malformed-request", null),
                Arguments.of("GET", "/api/probes/typed/a;b?day=2026-12-01", 400, "malformed-request", null),
                Arguments.of("GET", "/api/probes/typed/" + ID, 400, "invalid-request", "day"),
                Arguments.of("GET", "/api/probes/typed/" + ID + "?day=2026-13-45", 400, "invalid-request", "day"),
                Arguments.of("GET", TYPED + "&shade=PURPLE", 400, "invalid-request", "shade"),
                Arguments.of("GET", TYPED + "&shade=%00", 400, "invalid-request", "shade"),
                Arguments.of("GET", TYPED + "&shade=" + LONG, 400, "invalid-request", "shade"),
                Arguments.of("GET", TYPED + "&at=yesterday", 400, "invalid-request", "at"),
                Arguments.of("GET", TYPED + "&at=2026-12-01T25:00:00Z", 400, "invalid-request", "at"),
                Arguments.of("GET", TYPED + "&limit=99999999999", 400, "invalid-request", "limit"),
                Arguments.of("GET", TYPED + "&limit=-1.5", 400, "invalid-request", "limit"),
                Arguments.of("GET", TYPED + "&limit=%00", 400, "invalid-request", "limit"),
                Arguments.of("GET", "/api/audit/access-log?from=2026-02-30T00:00:00Z", 400, "invalid-request", "from"),
                Arguments.of("GET", "/api/audit/access-log?to=%00", 400, "invalid-request", "to"),
                Arguments.of(
                        "GET",
                        "/api/audit/access-log?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                        400,
                        "invalid-request",
                        "from"),
                Arguments.of("GET", "/api/audit/access-log?page=-99999999999", 400, "invalid-request", "page"),
                Arguments.of("GET", "/api/audit/access-log?size=lots", 400, "invalid-request", "size"),
                Arguments.of("GET", "/api/audit/checkpoints?limit=" + LONG, 400, "invalid-request", "limit"),
                Arguments.of("GET", "/api/probes/missing%3Cscript%3E", 404, "not-found", null),
                Arguments.of("GET", "/api/probes/missing%20Jane%20Smith", 404, "not-found", null),
                Arguments.of("GET", "/api/probes/missing" + LONG, 404, "not-found", null),
                Arguments.of("DELETE", TYPED, 405, "method-not-allowed", null),
                Arguments.of("GET", "/api/no-such-endpoint", 404, "not-found", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostile")
    void answersAHouseProblemNamingTheParameter(String method, String path, int status, String type, String field)
            throws Exception {
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("X-Actor-Id", "auditor.patel")
                        .header("X-Actor-Role", "AUDITOR")
                        .header("X-Actor-Org", "100001")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo(Problems.TYPE_BASE + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText() + problem.path("errors"))
                .doesNotContain("x.x.x.", "PURPLE", "yesterday", "\\u0000", "script", "Jane");
        if (field != null) {
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
            assertThat(problem.path("detail").asText()).contains(field);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isEqualTo(events);
    }
}
