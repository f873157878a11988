package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whatever a client sends, case-service answers with a problem, never a 5xx, and a refused request stores nothing:
 * no event, no case key, no personal details.
 */
class MalformedRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ACTIONS = List.of(
            "/initial-review",
            "/handle-in-school",
            "/referral",
            "/escalations",
            "/parents",
            "/viewings",
            "/devices",
            "/devices/device-1/examination",
            "/devices/device-1/deletion",
            "/children/child-1/own-deletion",
            "/support",
            "/closure",
            "/personal-details/erasure");

    private static CaseServiceProcess service;
    private static CaseApi api;
    private static JdbcTemplate jdbc;
    private static String caseId;

    @BeforeContainer
    static void start() {
        service = CaseServiceProcess.start(CaseServiceProcess.newDatabase());
        api = CaseApi.dsl(service.port());
        jdbc = service.bean(JdbcTemplate.class);
        caseId = api.report(null);
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Property(tries = 150)
    void arbitraryBodiesOnAnyEndpointAreRefusedWithoutAWrite(
            @ForAll("paths") String path, @ForAll("garbage") String body) {
        long events = count("domain_event_entry");
        CaseApi.Response response = api.post(path, body);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count("domain_event_entry")).isEqualTo(events);
    }

    @Property(tries = 150)
    void aMutatedReportIsEitherACaseOrAProblemNeverAPartialWrite(@ForAll("mutatedReports") String body) {
        long events = count("domain_event_entry");
        long keys = count("case_key");
        long details = count("child_personal_details");
        CaseApi.Response response = api.post("/api/cases", body);
        assertThat(response.status()).as(response.body()).isIn(201, 400, 403, 409, 413, 415, 422);
        if (response.status() == 201) {
            assertThat(count("domain_event_entry")).isEqualTo(events + 1);
            assertThat(count("case_key")).isEqualTo(keys + 1);
        } else {
            assertThat(count("domain_event_entry")).isEqualTo(events);
            assertThat(count("case_key")).isEqualTo(keys);
            assertThat(count("child_personal_details")).isEqualTo(details);
        }
    }

    @Property(tries = 100)
    void arbitraryReadsAreAnsweredWithoutA5xx(@ForAll("segments") String segment) {
        String encoded = URLEncoder.encode(segment, StandardCharsets.UTF_8);
        for (String path : List.of(
                "/api/cases/" + encoded,
                "/api/cases/" + encoded + "/timeline",
                "/api/cases?filter=" + encoded,
                "/api/cases/" + caseId + "/children/" + encoded + "/personal-details")) {
            CaseApi.Response response = api.get(path);
            assertThat(response.status()).as(path + " " + response.body()).isLessThan(500);
        }
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.of("OPEN", "overdue", "child-1", "../../actuator", "%00", "null", caseId));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.oneOf(
                Arbitraries.just("/api/cases"), Arbitraries.of(ACTIONS).map(action -> "/api/cases/" + caseId + action));
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.of(
                        "",
                        "null",
                        "[]",
                        "{}",
                        "0",
                        "-1",
                        "1e999",
                        "\"\"",
                        "true",
                        "{\"a\":",
                        "[{}]",
                        "{\"referredTo\": [\"ARMY\"]}",
                        "{\"childRef\": \"child-1\", \"informed\": \"maybe\"}",
                        "{\"criteria\": {\"NOT_A_CRITERION\": true}}",
                        "{\"rationale\": 42}"),
                jsonValues().map(JsonNode::toString));
    }

    @Provide
    Arbitrary<String> mutatedReports() {
        JsonNode report = parse(CaseApi.reportJson("""
                {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14",
                 "upn": "H801200001001"}"""));
        int places = places(report).size();
        return Combinators.combine(Arbitraries.integers().between(0, places - 1), jsonValues())
                .as((place, value) -> {
                    JsonNode copy = report.deepCopy();
                    places(copy).get(place).replace(value);
                    return copy.toString();
                });
    }

    private static Arbitrary<JsonNode> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.of(
                                "child-0",
                                "child-1",
                                "Jane Smith",
                                "Year 14",
                                "POLICE",
                                "SEXUAL_ACT",
                                "",
                                "2999-01-01T00:00:00Z",
                                "not-a-time",
                                "H80120000100X")
                        .map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.arrayNode()),
                Arbitraries.just(NODES.objectNode()));
    }

    /** A place in a JSON tree that a value can be put into. */
    private record Place(JsonNode parent, String field, int index) {

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static List<Place> places(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, places);
        return places;
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                places.add(new Place(object, field, -1));
                collect(object.get(field), places);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i));
                collect(array.get(i), places);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
