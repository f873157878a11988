package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casebridge.platform.test.EndpointInventory;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every endpoint of the API against every kind of caller, with tokens as in production. The table is compared with
 * the endpoints the running service answers, so an endpoint without a row (or a row without an endpoint) fails.
 * Without a valid token (none, a foreign signature, expired, another issuer, no organisation claim) every endpoint
 * answers 401. Refused calls must answer exactly 401, 403 or 404; a 404 for another agency's record must be the very answer for
 * one that does not exist. Allowed changes may still break a rule (409, 422): they must not be refused.
 */
@NotificationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    /** Who calls. */
    enum Caller {
        NO_TOKEN,
        UNTRUSTED_SIGNATURE,
        EXPIRED_TOKEN,
        WRONG_ISSUER,
        NO_ORGANISATION_CLAIM,
        OWNER_AGENCY,
        OTHER_AGENCY,
        SCHOOL_DSL,
        POLICE_LIAISON,
        POLICE_SUPERVISOR,
        AUDITOR,
        /** Runs the service (ADR 0012): dead letters, no agency's records. */
        OPERATOR,
        /** A local safeguarding children partnership (lscp-hackney, area E09000012): its area's report only. */
        PARTNERSHIP,
        /** Another area's partnership (lscp-tower-hamlets). */
        OTHER_PARTNERSHIP
    }

    /** What the caller must get. */
    enum Expect {
        /** 200 with the owner's records. */
        READS,
        /** 200 with the caller's own records only: nothing of the owner's. */
        READS_OWN_ONLY,
        /** Not refused: 2xx, or a rule's 409/422. */
        ALLOWED,
        /** 401: who is calling is not known. */
        UNAUTHENTICATED,
        /** 403: the role may not do this, whatever record it names. */
        FORBIDDEN,
        /** 404 with the same body as a record that does not exist. */
        HIDDEN
    }

    private record Row(String query, Object body, Map<Caller, Expect> expected) {}

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ApplicationContext context;

    private SharedCase shared;

    @BeforeAll
    void shareACase() {
        shared = SharedCase.create(rest, "matrix", "E06000047");
    }

    private Map<String, Row> table() {
        Map<String, Object> filters = Map.of(
                "eventTypes", List.of(SharedCase.REFERRAL), "areas", List.of(shared.area), "scope", "ALL_IN_AREA");
        Map<String, Object> subscription = Map.of(
                "eventTypes",
                List.of(SharedCase.REFERRAL),
                "areas",
                List.of(shared.area),
                "scope",
                "ALL_IN_AREA",
                "channel",
                Map.of("type", "KAFKA"),
                "lawfulBasis",
                Map.of("article6", "PUBLIC_TASK", "article9Condition", "DPA 2018 Sch 1 para 18"));
        String since = "?from=" + Instant.now().minusSeconds(3600);

        Map<String, Row> rows = new TreeMap<>();
        rows.put("POST /api/subscriptions", new Row("", subscription, create()));
        rows.put("GET /api/subscriptions", new Row("", null, list()));
        rows.put("GET /api/subscriptions/{subscriptionId}", new Row("", null, read()));
        rows.put("PUT /api/subscriptions/{subscriptionId}/filters", new Row("", filters, change()));
        rows.put(
                "PATCH /api/subscriptions/{subscriptionId}/filters",
                new Row("", Map.of("areas", List.of(shared.area)), change()));
        rows.put("POST /api/subscriptions/{subscriptionId}/pause", new Row("", null, change()));
        rows.put("POST /api/subscriptions/{subscriptionId}/resume", new Row("", null, change()));
        rows.put("POST /api/subscriptions/{subscriptionId}/secret-rotation", new Row("", null, change()));
        rows.put("POST /api/subscriptions/{subscriptionId}/replay", new Row(since, null, change()));
        rows.put("GET /api/subscriptions/{subscriptionId}/dead-letters", new Row("", null, read()));
        rows.put("GET /api/deliveries", new Row("?caseId={caseId}", null, list()));
        rows.put("POST /api/deliveries/{deliveryId}/redelivery", new Row("", null, change()));
        rows.put("GET /api/information-shares", new Row("?caseId={caseId}", null, list()));
        rows.put("GET /api/cases/{caseId}/deliveries", new Row("", null, read()));
        rows.put("GET /api/cases/{caseId}/information-shares", new Row("", null, read()));
        rows.put("GET /api/agency/cases", new Row("", null, list()));
        rows.put("GET /api/agency/cases/{caseId}", new Row("", null, read()));
        rows.put("GET /api/agency/referrals", new Row("", null, list()));
        rows.put("GET /api/agency/referrals/{caseId}", new Row("", null, read()));
        rows.put("POST /api/agency/referrals/{caseId}/acknowledgement", new Row("", null, change()));
        rows.put("POST /api/agency/referrals/{caseId}/section-47-enquiries", new Row("", Map.of(), change()));
        rows.put(
                "POST /api/agency/referrals/{caseId}/section-47-outcome",
                new Row("", Map.of("outcome", "NO_FURTHER_ACTION"), change()));
        rows.put("POST /api/agency/referrals/{caseId}/actions/{actionId}/completion", new Row("", null, change()));
        // The shared case has no LADO referral: the owner is refused 409, not 403 or 404 (ADR 0055).
        rows.put("POST /api/agency/referrals/{caseId}/lado-acknowledgement", new Row("", null, change()));
        rows.put(
                "POST /api/agency/referrals/{caseId}/allegation-meeting",
                new Row(
                        "",
                        Map.of(
                                "heldOn",
                                "2026-11-30",
                                "attendees",
                                List.of(Map.of("role", "LADO", "organisation", "East London LADO service")),
                                "rationale",
                                "Police to investigate before any internal process."),
                        change()));
        rows.put(
                "POST /api/agency/referrals/{caseId}/allegation-outcome",
                new Row(
                        "",
                        Map.of("outcome", "UNSUBSTANTIATED", "rationale", "Not enough evidence either way."),
                        change()));
        rows.put(
                "POST /api/agency/referrals/{caseId}/pension-age",
                new Row("", Map.of("adultRef", "adult-1", "pensionAgeOn", "2051-06-14"), change()));
        Map<String, String> consent =
                Map.of("adultRef", "adult-1", "rationale", "He asked in writing for the record to be kept.");
        rows.put("POST /api/agency/referrals/{caseId}/retention-consent", new Row("", consent, change()));
        rows.put("POST /api/agency/referrals/{caseId}/retention-consent-withdrawal", new Row("", consent, change()));
        rows.put("GET /api/reports/partnership", new Row("?area=" + REPORT_AREA, null, partnershipReport()));
        rows.put("GET /api/reports/partnership.csv", new Row("?area=" + REPORT_AREA, null, partnershipReport()));
        rows.put("GET /api/access-log", new Row("?caseId={caseId}", null, auditorsOnly()));
        rows.put(
                "GET /api/audit/access-log",
                new Row(
                        "?caseId={caseId}",
                        null,
                        expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.ALLOWED)));
        rows.put("GET /api/dead-letters", new Row("", null, deadLetters(Expect.READS)));
        rows.put("POST /api/dead-letters/{processingGroup}/retry", new Row("", null, deadLetters(Expect.FORBIDDEN)));
        rows.put("GET /api/projections", new Row("", null, deadLetters(Expect.READS)));
        rows.put("POST /api/projections/{processingGroup}/replay", new Row("", null, deadLetters(Expect.FORBIDDEN)));
        rows.put("GET /api/audit/verification", new Row("", null, audit()));
        rows.put("GET /api/audit/checkpoints", new Row("", null, audit()));
        return rows;
    }

    /** The area of the demo partnership lscp-hackney (reference/partnerships.csv). */
    private static final String REPORT_AREA = "E09000012";

    /** An area's anonymised figures: its partnership and auditors read them; no agency, school, police or operator. */
    private static Map<Caller, Expect> partnershipReport() {
        Map<Caller, Expect> expected = expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.READS);
        expected.put(Caller.PARTNERSHIP, Expect.READS);
        return expected;
    }

    private static Map<Caller, Expect> read() {
        return expect(Expect.READS, Expect.HIDDEN, Expect.FORBIDDEN, Expect.READS);
    }

    private static Map<Caller, Expect> list() {
        return expect(Expect.READS, Expect.READS_OWN_ONLY, Expect.FORBIDDEN, Expect.READS);
    }

    private static Map<Caller, Expect> change() {
        return expect(Expect.ALLOWED, Expect.HIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN);
    }

    private static Map<Caller, Expect> create() {
        return expect(Expect.ALLOWED, Expect.ALLOWED, Expect.FORBIDDEN, Expect.FORBIDDEN);
    }

    /** The platform's access log: without a scope of the service's, only auditors read it; to others it is absent. */
    private static Map<Caller, Expect> auditorsOnly() {
        return expect(Expect.HIDDEN, Expect.HIDDEN, Expect.HIDDEN, Expect.READS);
    }

    /** The audit trail's verification and checkpoints (ADR 0045): auditors only, refused on the role alone. */
    private static Map<Caller, Expect> audit() {
        return expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.READS);
    }

    /** Parked events (ADR 0012): operators list and retry them, auditors list them, no one else touches them. */
    private static Map<Caller, Expect> deadLetters(Expect auditor) {
        Map<Caller, Expect> expected = expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.FORBIDDEN, auditor);
        expected.put(Caller.OPERATOR, auditor == Expect.READS ? Expect.READS : Expect.ALLOWED);
        return expected;
    }

    /** The operator is refused whatever the school and the police are refused: no agency's records are theirs. */
    private static Map<Caller, Expect> expect(Expect owner, Expect other, Expect schoolAndPolice, Expect auditor) {
        Map<Caller, Expect> expected = new EnumMap<>(Caller.class);
        for (Caller unknown : List.of(
                Caller.NO_TOKEN,
                Caller.UNTRUSTED_SIGNATURE,
                Caller.EXPIRED_TOKEN,
                Caller.WRONG_ISSUER,
                Caller.NO_ORGANISATION_CLAIM)) {
            expected.put(unknown, Expect.UNAUTHENTICATED);
        }
        expected.put(Caller.OWNER_AGENCY, owner);
        expected.put(Caller.OTHER_AGENCY, other);
        expected.put(Caller.SCHOOL_DSL, schoolAndPolice);
        expected.put(Caller.POLICE_LIAISON, schoolAndPolice);
        expected.put(Caller.POLICE_SUPERVISOR, schoolAndPolice);
        expected.put(Caller.AUDITOR, auditor);
        expected.put(Caller.OPERATOR, schoolAndPolice);
        expected.put(Caller.PARTNERSHIP, schoolAndPolice);
        expected.put(Caller.OTHER_PARTNERSHIP, schoolAndPolice);
        return expected;
    }

    private AgencyApi api(Caller caller) {
        String owner = shared.ownerAgency + ".worker";
        return switch (caller) {
            case NO_TOKEN -> AgencyApi.anonymous(rest);
            case UNTRUSTED_SIGNATURE -> AgencyApi.foreign(rest, shared.ownerAgency);
            case EXPIRED_TOKEN ->
                AgencyApi.withToken(
                        rest,
                        TestTokens.trusted()
                                .token(
                                        owner,
                                        "AGENCY",
                                        shared.ownerAgency,
                                        TestTokens.ISSUER,
                                        Instant.now().minus(Duration.ofHours(1)),
                                        Duration.ofMinutes(5)));
            case WRONG_ISSUER ->
                AgencyApi.withToken(
                        rest,
                        TestTokens.trusted()
                                .token(
                                        owner,
                                        "AGENCY",
                                        shared.ownerAgency,
                                        "http://another-issuer",
                                        Instant.now(),
                                        Duration.ofMinutes(5)));
            case NO_ORGANISATION_CLAIM ->
                AgencyApi.withToken(
                        rest,
                        TestTokens.trusted()
                                .token(owner, "AGENCY", null, TestTokens.ISSUER, Instant.now(), Duration.ofMinutes(5)));
            case OWNER_AGENCY -> new AgencyApi(rest, shared.ownerAgency);
            case OTHER_AGENCY -> new AgencyApi(rest, shared.otherAgency);
            case SCHOOL_DSL -> new AgencyApi(rest, "dsl.kaur", "SCHOOL_DSL", "100001");
            case POLICE_LIAISON -> new AgencyApi(rest, "pc.okafor", "POLICE_LIAISON", "MPS");
            case POLICE_SUPERVISOR -> new AgencyApi(rest, "ps.hughes", "POLICE_SUPERVISOR", "MPS");
            case AUDITOR -> new AgencyApi(rest, "ig.officer", "AUDITOR", "casebridge-ig");
            case OPERATOR -> new AgencyApi(rest, "ops.1", "OPERATOR", "casebridge-ops");
            case PARTNERSHIP -> new AgencyApi(rest, "lscp.1", "PARTNERSHIP", "lscp-hackney");
            case OTHER_PARTNERSHIP -> new AgencyApi(rest, "lscp.2", "PARTNERSHIP", "lscp-tower-hamlets");
        };
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEveryCallerAsTheTableSays() {
        Map<String, Row> table = table();
        DynamicTest complete = DynamicTest.dynamicTest(
                "the table has one row per endpoint, no more",
                () -> assertThat(table.keySet())
                        .containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/api/")));
        Stream<DynamicNode> endpoints = table.entrySet().stream()
                .map(row -> DynamicContainer.dynamicContainer(
                        row.getKey(),
                        row.getValue().expected().entrySet().stream()
                                .map(cell -> DynamicTest.dynamicTest(
                                        cell.getKey() + " -> " + cell.getValue(),
                                        () -> check(row.getKey(), row.getValue(), cell.getKey(), cell.getValue())))));
        return Stream.concat(Stream.of(complete), endpoints);
    }

    private void check(String endpoint, Row row, Caller caller, Expect expected) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        AgencyApi api = api(caller);
        ResponseEntity<String> response = api.call(method, shared.path(template + row.query()), row.body());
        int status = response.getStatusCode().value();
        String body = response.getBody() == null ? "" : response.getBody();
        String described = endpoint + " as " + caller + ": " + status + " " + body;
        switch (expected) {
            case READS -> {
                assertThat(status).as(described).isEqualTo(200);
                if (template.startsWith("/api/reports/")) {
                    assertThat(body).as(described).contains(REPORT_AREA);
                } else if (!template.endsWith("/dead-letters")
                        && !template.endsWith("/projections")
                        && !template.startsWith("/api/audit/")) {
                    assertThat(body).as(described).containsAnyOf(shared.caseId, shared.subscriptionId);
                }
            }
            case READS_OWN_ONLY -> {
                assertThat(status).as(described).isEqualTo(200);
                assertThat(body).as(described).doesNotContain(shared.caseId, shared.subscriptionId, shared.ownerAgency);
            }
            case ALLOWED ->
                assertThat(status).as(described).isNotIn(401, 403, 404).isLessThan(500);
            case UNAUTHENTICATED -> assertProblem(response, 401, described);
            case FORBIDDEN -> assertProblem(response, 403, described);
            case HIDDEN -> {
                assertProblem(response, 404, described);
                ResponseEntity<String> absent = api.call(method, shared.absentPath(template + row.query()), row.body());
                assertThat(absent.getStatusCode().value())
                        .as("the same call for a record that does not exist")
                        .isEqualTo(404);
                assertThat(shared.withoutIds(body)).as(described).isEqualTo(shared.withoutIds(absent.getBody()));
            }
        }
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String described) {
        assertThat(response.getStatusCode().value()).as(described).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(described).isNotNull();
        assertThat(response.getHeaders().getContentType().toString())
                .as(described)
                .startsWith("application/problem+json");
    }
}
