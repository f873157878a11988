package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.outcome21;
import static org.casebridge.police.it.PoliceRequests.schoolAction;
import static org.casebridge.police.it.PoliceRequests.seizedDevice;
import static org.casebridge.police.it.PoliceRequests.subjectAccessRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.EndpointInventory;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every police endpoint against every kind of caller, with tokens required as in production. The table below has a
 * row per endpoint and is compared with the endpoints the running service answers, so an endpoint added without a
 * row (or a row left after its endpoint went) fails the build. The escalation is real: a school's referral arrives
 * through Kafka, and the force's officer accepts it, records the crime, holds a strategy meeting, records a device
 * and proposes an outcome before the matrix runs.
 */
@PoliceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    static final String FORCE = "WMP";
    static final String OTHER_FORCE = "MPS";
    static final String SCHOOL_URN = "137001";
    static final Duration WAIT = Duration.ofSeconds(60);

    /** Who calls: the escalation is WMP's, referred by school 137001. */
    enum Caller {
        OWN_LIAISON(new Actor("pc-own", Actor.Role.POLICE_LIAISON, FORCE)),
        OTHER_LIAISON(new Actor("pc-mps", Actor.Role.POLICE_LIAISON, OTHER_FORCE)),
        OWN_SUPERVISOR(new Actor("ps-own", Actor.Role.POLICE_SUPERVISOR, FORCE)),
        OTHER_SUPERVISOR(new Actor("ps-mps", Actor.Role.POLICE_SUPERVISOR, OTHER_FORCE)),
        /** The DSL of the very school that referred: the police record is still not theirs. */
        SCHOOL_DSL(new Actor("dsl-kaur", Actor.Role.SCHOOL_DSL, SCHOOL_URN)),
        AGENCY(new Actor("csc-worker", Actor.Role.AGENCY, "csc-sandwell")),
        AUDITOR(new Actor("auditor-1", Actor.Role.AUDITOR, "casebridge-audit")),
        /** Runs the service (ADR 0012): dead letters, no case data. */
        OPERATOR(new Actor("ops-1", Actor.Role.OPERATOR, "casebridge-ops"));

        final Actor actor;

        Caller(Actor actor) {
            this.actor = actor;
        }
    }

    /** What a caller gets. */
    enum Expect {
        /** 200. */
        OK,
        /** 200, and the list shows the escalation. */
        LISTED,
        /** 200, and the list does not show the escalation. */
        NOT_LISTED,
        /** Past every access check: 2xx, or a domain refusal (409, 422) because of the case's state. */
        ALLOWED,
        /** 403 problem, decided on the role alone. */
        FORBIDDEN,
        /** 404 problem, the same body as a case that does not exist. */
        NOT_FOUND
    }

    /** The kinds of endpoint, each with what every caller gets. */
    enum Kind {
        REFERENCE(Expect.OK, Expect.OK, Expect.OK, Expect.OK, Expect.OK, Expect.OK, Expect.OK, Expect.OK),
        FORCE_LIST(
                Expect.LISTED,
                Expect.NOT_LISTED,
                Expect.LISTED,
                Expect.NOT_LISTED,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.LISTED,
                Expect.FORBIDDEN),
        /**
         * The force's MoPI reviews (ADR 0083): its supervisors and auditors, each of the force of their organisation
         * (the auditor here is of none, so has no force's reviews); the escalation is not due, so listed to no one.
         */
        REVIEW_LIST(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.NOT_LISTED,
                Expect.NOT_LISTED,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.NOT_LISTED,
                Expect.FORBIDDEN),
        CASE_READ(
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.OK,
                Expect.NOT_FOUND),
        CASE_ACT(
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        OUTCOME_DECISION(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        /**
         * A subject access request (ADR 0066): the case's force's supervisors; an officer, and an auditor who reads
         * escalations but not disclosures, are refused on the role.
         */
        SUBJECT_ACCESS(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        /** The platform's access log: auditors only, as the police service declares no wider scope. */
        ACCESS_LOG(
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.OK,
                Expect.NOT_FOUND),
        /** Searching the access log (ADR 0047): auditors only, each within their own organisation. */
        AUDIT_SEARCH(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK,
                Expect.FORBIDDEN),
        /** Parked events (ADR 0012): operators and auditors list them. */
        DEAD_LETTERS_READ(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK,
                Expect.OK),
        /** Operators alone retry them. */
        DEAD_LETTERS_RETRY(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK),
        /**
         * Operators alone replay a projection (ADR 0050); the row names the Kafka publisher, which is never replayed, so
         * the operator's request is refused 409 and the matrix starts no replay.
         */
        PROJECTION_REPLAY(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.ALLOWED),
        /** The audit trail's verification and checkpoints (ADR 0045): auditors only. */
        AUDIT(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK,
                Expect.FORBIDDEN);

        final Map<Caller, Expect> expected = new EnumMap<>(Caller.class);

        Kind(Expect... inCallerOrder) {
            for (Caller caller : Caller.values()) {
                expected.put(caller, inCallerOrder[caller.ordinal()]);
            }
        }
    }

    /** One endpoint: its kind, the path to call (ids filled in from the scenario) and the body an officer sends. */
    record Row(Kind kind, String path, Object body) {}

    /** The reads that record nothing, with the reason: each must still be an endpoint. */
    static final Map<String, String> NOT_RECORDED =
            Map.of("GET /api/reference-data", "forces, classifications and outcome codes: no one's record");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger readers = new AtomicInteger();

    String caseId;
    String meetingId;
    String actionId;
    String deviceId;
    String requestId;

    @BeforeAll
    void anEscalationWithEverythingRecorded() throws Exception {
        caseId = referToPolice(FORCE);
        Actor officer = Caller.OWN_LIAISON.actor;
        String base = "/api/escalations/" + caseId;
        ok(send(officer, "POST", base + "/acceptance", null));
        ok(send(officer, "POST", base + "/crime", crime()));
        ok(send(officer, "POST", base + "/aggravating-factors", Map.of("factors", List.of())));
        meetingId = id(send(officer, "POST", base + "/strategy-meetings", convene()));
        ok(send(officer, "POST", base + "/strategy-meetings/" + meetingId + "/attendance", attendance()));
        actionId = id(send(officer, "POST", base + "/strategy-meetings/" + meetingId + "/actions", schoolAction()));
        deviceId = id(send(officer, "POST", base + "/devices", seizedDevice()));
        ok(send(officer, "POST", base + "/outcome-proposal", outcome21()));
        Actor supervisor = Caller.OWN_SUPERVISOR.actor;
        requestId = id(send(supervisor, "POST", base + "/subject-access-requests", subjectAccessRequest()));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(send(supervisor, "GET", base + "/subject-access-requests", null)
                            .body())
                    .contains(requestId);
            assertThat(send(officer, "GET", "/api/sign-off-queue", null).body()).contains(caseId);
            assertThat(send(officer, "GET", "/api/strategy-actions", null).body())
                    .contains(actionId);
            assertThat(send(officer, "GET", base + "/devices", null).body()).contains(deviceId);
        });
    }

    /** The matrix: one row per endpoint, reads first so that the lists are seen before the writes change them. */
    Map<String, Row> table() {
        Map<String, Row> rows = new TreeMap<>();
        String inCase = "/api/escalations/{caseId}";
        String meeting = inCase + "/strategy-meetings/{meetingId}";
        String device = inCase + "/devices/{deviceId}";
        rows.put("GET /api/reference-data", new Row(Kind.REFERENCE, "/api/reference-data", null));
        rows.put("GET /api/access-log", new Row(Kind.ACCESS_LOG, "/api/access-log?caseId={caseId}", null));
        rows.put(
                "GET /api/audit/access-log", new Row(Kind.AUDIT_SEARCH, "/api/audit/access-log?caseId={caseId}", null));
        rows.put("GET /api/dead-letters", new Row(Kind.DEAD_LETTERS_READ, "/api/dead-letters", null));
        rows.put("GET /api/audit/verification", new Row(Kind.AUDIT, "/api/audit/verification", null));
        rows.put("GET /api/audit/checkpoints", new Row(Kind.AUDIT, "/api/audit/checkpoints", null));
        rows.put(
                "POST /api/dead-letters/{processingGroup}/retry",
                new Row(Kind.DEAD_LETTERS_RETRY, "/api/dead-letters/police-escalations/retry", null));
        rows.put("GET /api/projections", new Row(Kind.DEAD_LETTERS_READ, "/api/projections", null));
        rows.put(
                "POST /api/projections/{processingGroup}/replay",
                new Row(Kind.PROJECTION_REPLAY, "/api/projections/kafka-publisher/replay", null));
        rows.put("GET /api/escalations", new Row(Kind.FORCE_LIST, "/api/escalations", null));
        rows.put("GET /api/sign-off-queue", new Row(Kind.FORCE_LIST, "/api/sign-off-queue", null));
        rows.put("GET /api/strategy-actions", new Row(Kind.FORCE_LIST, "/api/strategy-actions", null));
        rows.put("GET /api/reviews", new Row(Kind.REVIEW_LIST, "/api/reviews", null));
        rows.put("GET " + inCase, new Row(Kind.CASE_READ, inCase, null));
        rows.put("GET " + inCase + "/strategy-meetings", new Row(Kind.CASE_READ, inCase + "/strategy-meetings", null));
        rows.put("GET " + inCase + "/devices", new Row(Kind.CASE_READ, inCase + "/devices", null));
        String sars = inCase + "/subject-access-requests";
        String sar = sars + "/{requestId}";
        rows.put("GET " + sars, new Row(Kind.SUBJECT_ACCESS, sars, null));
        rows.put("GET " + sar, new Row(Kind.SUBJECT_ACCESS, sar, null));
        rows.put("GET " + sar + "/disclosure.pdf", new Row(Kind.SUBJECT_ACCESS, sar + "/disclosure.pdf", null));
        rows.put("GET " + sar + "/disclosure.json", new Row(Kind.SUBJECT_ACCESS, sar + "/disclosure.json", null));
        rows.put(
                "POST " + sars,
                new Row(
                        Kind.SUBJECT_ACCESS,
                        sars,
                        Map.of(
                                "childRef",
                                "child-2",
                                "requester",
                                "The child's father",
                                "reason",
                                "Subject access request, identity checked by letter")));
        rows.put(
                "POST " + sar + "/redactions",
                new Row(
                        Kind.SUBJECT_ACCESS,
                        sar + "/redactions",
                        Map.of("phrase", "Video call", "reason", "Third-party information in the venue")));
        rows.put(
                "POST " + sar + "/release",
                new Row(
                        Kind.SUBJECT_ACCESS,
                        sar + "/release",
                        Map.of("rationale", "Reviewed: every third party is withheld")));

        rows.put("POST " + inCase + "/acceptance", new Row(Kind.CASE_ACT, inCase + "/acceptance", null));
        rows.put(
                "POST " + inCase + "/decline",
                new Row(Kind.CASE_ACT, inCase + "/decline", Map.of("reason", "Duplicate referral")));
        rows.put(
                "POST " + inCase + "/transfer",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/transfer",
                        Map.of("toForceCode", "DPP", "reason", "The children live in Dyfed-Powys")));
        rows.put("POST " + inCase + "/crime", new Row(Kind.CASE_ACT, inCase + "/crime", crime()));
        rows.put(
                "POST " + inCase + "/aggravating-factors",
                new Row(Kind.CASE_ACT, inCase + "/aggravating-factors", Map.of("factors", List.of())));
        rows.put(
                "POST " + inCase + "/outcome-proposal",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_22", "diversionaryActivity", "Healthy relationships programme")));
        rows.put(
                "POST " + inCase + "/outcome-proposal/sign-off",
                new Row(Kind.OUTCOME_DECISION, inCase + "/outcome-proposal/sign-off", null));
        rows.put(
                "POST " + inCase + "/personal-details/erasure",
                new Row(
                        Kind.OUTCOME_DECISION,
                        inCase + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose")));
        rows.put(
                "POST " + inCase + "/legal-hold",
                new Row(
                        Kind.OUTCOME_DECISION,
                        inCase + "/legal-hold",
                        Map.of("reason", "IOPC inquiry into the handling of the referral")));
        rows.put(
                "POST " + inCase + "/legal-hold/lifting",
                new Row(Kind.OUTCOME_DECISION, inCase + "/legal-hold/lifting", Map.of("reason", "Inquiry closed")));
        rows.put(
                "POST " + inCase + "/outcome-proposal/send-back",
                new Row(
                        Kind.OUTCOME_DECISION,
                        inCase + "/outcome-proposal/send-back",
                        Map.of("reason", "Ask the school about earlier incidents")));
        rows.put(
                "POST " + inCase + "/crime/reclassification",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/crime/reclassification",
                        Map.of("classification", "86/10", "reason", "Received the image, did not share it")));
        rows.put(
                "POST " + inCase + "/crime/child-roles",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/crime/child-roles",
                        Map.of("childRef", "child-1", "role", "VICTIM", "reason", "Pictured, not a sender")));
        rows.put(
                "POST " + inCase + "/crime/victim-crimes",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/crime/victim-crimes",
                        Map.of("victimRef", "child-1", "classification", "86/02", "crimeReference", "20/999001/26")));
        rows.put(
                "POST " + inCase + "/disclosure-statement",
                new Row(
                        Kind.CASE_ACT,
                        inCase + "/disclosure-statement",
                        Map.of("givenTo", List.of("SCHOOL"), "statementVersion", "NPCC-2016-outcome-21-v1")));

        rows.put(
                "POST " + inCase + "/strategy-meetings",
                new Row(Kind.CASE_ACT, inCase + "/strategy-meetings", convene()));
        rows.put("POST " + meeting + "/attendance", new Row(Kind.CASE_ACT, meeting + "/attendance", attendance()));
        rows.put(
                "POST " + meeting + "/information-shared",
                new Row(
                        Kind.CASE_ACT,
                        meeting + "/information-shared",
                        Map.of(
                                "sharedBy",
                                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell"),
                                "summary",
                                "Known to social care in 2024",
                                "lawfulBasis",
                                "PUBLIC_TASK_SAFEGUARDING")));
        rows.put(
                "POST " + meeting + "/decisions",
                new Row(
                        Kind.CASE_ACT,
                        meeting + "/decisions",
                        Map.of(
                                "topic",
                                "SECTION_47_ENQUIRIES",
                                "decision",
                                "No s.47 enquiries",
                                "startSection47",
                                false,
                                "rationale",
                                "No reasonable cause to suspect significant harm")));
        rows.put("POST " + meeting + "/actions", new Row(Kind.CASE_ACT, meeting + "/actions", schoolAction()));
        rows.put(
                "POST " + meeting + "/actions/{actionId}/completion",
                new Row(Kind.CASE_ACT, meeting + "/actions/{actionId}/completion", Map.of("note", "Done")));

        rows.put("POST " + inCase + "/devices", new Row(Kind.CASE_ACT, inCase + "/devices", seizedDevice()));
        rows.put(
                "POST " + device + "/examination",
                new Row(
                        Kind.CASE_ACT,
                        device + "/examination",
                        Map.of("examinedBy", "HI_TECH_CRIME_UNIT", "examinationReference", "HTCU-1")));
        rows.put(
                "POST " + device + "/caid",
                new Row(Kind.CASE_ACT, device + "/caid", Map.of("status", "SUBMITTED", "caidReference", "CAID-SUB-1")));
        rows.put(
                "POST " + device + "/report-remove",
                new Row(
                        Kind.CASE_ACT,
                        device + "/report-remove",
                        Map.of("childRef", "child-1", "reportRemoveReference", "IWF-RR-1")));
        rows.put(
                "POST " + device + "/decision",
                new Row(
                        Kind.CASE_ACT,
                        device + "/decision",
                        Map.of("schoolMayUseDeletionPowers", true, "reason", "No evidential need in this round")));
        rows.put(
                "POST " + device + "/disposal",
                new Row(
                        Kind.CASE_ACT,
                        device + "/disposal",
                        Map.of("disposal", "DESTROYED", "rationale", "Case closed")));
        return rows;
    }

    @Test
    void theTableHasARowForEveryEndpointAndNoOther() {
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/api/"));
        assertThat(EndpointInventory.of(context, "/api/")).containsAll(NOT_RECORDED.keySet());
    }

    @Test
    void everyCallerGetsWhatTheTableSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Row> entry : readsFirst(table())) {
            Row row = entry.getValue();
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            for (Caller caller : Caller.values()) {
                Expect expected = row.kind().expected.get(caller);
                boolean refused = expected == Expect.FORBIDDEN || expected == Expect.NOT_FOUND;
                Object body = method.equals("POST") && refused ? Map.of() : row.body();
                HttpResponse<String> response = send(caller.actor, method, fill(row.path()), body);
                String problem = mismatch(expected, response);
                if (problem != null) {
                    mismatches.add(entry.getKey() + " as " + caller + ": expected " + expected + ", " + problem);
                }
            }
        }
        assertThat(mismatches)
                .as("refused callers send an empty body: the refusal comes before it is read")
                .isEmpty();
    }

    @Test
    void aCaseOutsideOnesForceAnswersExactlyAsACaseThatDoesNotExist() throws Exception {
        String absent = UUID.randomUUID().toString();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Row> entry : table().entrySet()) {
            Row row = entry.getValue();
            if (!row.path().contains("{caseId}") || row.kind() == Kind.ACCESS_LOG || row.kind() == Kind.AUDIT_SEARCH) {
                continue;
            }
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            boolean supervisors = row.kind() == Kind.OUTCOME_DECISION || row.kind() == Kind.SUBJECT_ACCESS;
            Caller insider = supervisors ? Caller.OWN_SUPERVISOR : Caller.OWN_LIAISON;
            Caller outsider = supervisors ? Caller.OTHER_SUPERVISOR : Caller.OTHER_LIAISON;
            HttpResponse<String> hidden = send(outsider.actor, method, fill(row.path()), row.body());
            HttpResponse<String> missing =
                    send(insider.actor, method, fill(row.path()).replace(caseId, absent), row.body());
            if (hidden.statusCode() != 404
                    || missing.statusCode() != 404
                    || !hidden.body()
                            .replace(caseId, "{caseId}")
                            .equals(missing.body().replace(absent, "{caseId}"))) {
                mismatches.add(entry.getKey() + ": " + hidden.statusCode() + " " + hidden.body() + " vs "
                        + missing.statusCode() + " " + missing.body());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aForceCannotReachAnotherForcesDeviceOrMeetingThroughACaseOfItsOwn() throws Exception {
        Actor mps = Caller.OTHER_LIAISON.actor;
        String ownCase = referToPolice(OTHER_FORCE);
        ok(send(mps, "POST", "/api/escalations/" + ownCase + "/acceptance", null));
        String inOwnCase = "/api/escalations/" + ownCase;
        String absent = UUID.randomUUID().toString();

        for (String path : List.of("/devices/%s/examination", "/strategy-meetings/%s/decisions")) {
            String foreignId = path.startsWith("/devices") ? deviceId : meetingId;
            Object body = path.startsWith("/devices")
                    ? Map.of("examinedBy", "HI_TECH_CRIME_UNIT", "examinationReference", "HTCU-9")
                    : Map.of("topic", "OTHER", "decision", "Share the safety plan", "rationale", "Agreed by all");
            HttpResponse<String> foreign = send(mps, "POST", inOwnCase + path.formatted(foreignId), body);
            HttpResponse<String> missing = send(mps, "POST", inOwnCase + path.formatted(absent), body);

            assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
            assertThat(json.readTree(foreign.body()).get("detail"))
                    .isEqualTo(json.readTree(missing.body()).get("detail"));
            assertThat(json.readTree(foreign.body()).get("type"))
                    .isEqualTo(json.readTree(missing.body()).get("type"));
        }
        assertThat(send(
                                Caller.OWN_LIAISON.actor,
                                "POST",
                                "/api/escalations/" + caseId + "/devices/" + deviceId + "/examination",
                                Map.of("examinedBy", "DIGITAL_FORENSICS", "examinationReference", "DF-1"))
                        .statusCode())
                .isNotEqualTo(404);
    }

    @Test
    void theOtherForcesListsNeverShowTheEscalation() throws Exception {
        for (Caller caller : List.of(Caller.OTHER_LIAISON, Caller.OTHER_SUPERVISOR)) {
            for (String list : List.of(
                    "/api/escalations?status=active",
                    "/api/escalations?status=overdue",
                    "/api/escalations?status=accepted",
                    "/api/sign-off-queue",
                    "/api/strategy-actions?status=all")) {
                HttpResponse<String> response = send(caller.actor, "GET", list, null);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).as(caller + " " + list).doesNotContain(caseId);
            }
        }
        HttpResponse<String> audit = send(Caller.AUDITOR.actor, "GET", "/api/escalations?status=accepted", null);
        assertThat(json.readTree(audit.body()).findValuesAsText("forceCode")).contains(FORCE);
    }

    @Test
    void everyReadEndpointRecordsEachReadItAnswersAndNoRefusedOne() throws Exception {
        Map<String, Row> table = table();
        Set<String> reads = EndpointInventory.of(context, "/api/").stream()
                .filter(endpoint -> endpoint.startsWith("GET "))
                .collect(Collectors.toSet());
        assertThat(reads).hasSizeGreaterThanOrEqualTo(8);
        for (String endpoint : reads) {
            Row row = table.get(endpoint);
            assertThat(row).as(endpoint).isNotNull();
            String path = fill(row.path());
            String recordedPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            for (Caller caller : Caller.values()) {
                Actor reader = new Actor(
                        caller.actor.id() + "-read-" + readers.incrementAndGet(),
                        caller.actor.role(),
                        caller.actor.organisation());
                HttpResponse<String> response = send(reader, "GET", path, null);
                List<Map<String, Object>> entries = jdbc.queryForList(
                        "SELECT actor_role, actor_org, what, case_id, path FROM access_log WHERE actor_id = ?",
                        reader.id());
                String as = endpoint + " as " + caller;
                if (response.statusCode() != 200 || NOT_RECORDED.containsKey(endpoint)) {
                    assertThat(entries).as(as).isEmpty();
                    continue;
                }
                assertThat(entries).as(as).hasSize(1);
                Map<String, Object> entry = entries.getFirst();
                assertThat(entry.get("actor_role"))
                        .as(as)
                        .isEqualTo(reader.role().name());
                assertThat(entry.get("actor_org")).as(as).isEqualTo(reader.organisation());
                assertThat(entry.get("path")).as(as).isEqualTo(recordedPath);
                assertThat((String) entry.get("what")).as(as).isNotBlank();
                assertThat(entry.get("case_id"))
                        .as(as)
                        .isEqualTo(row.path().startsWith("/api/escalations/{caseId}") ? caseId : null);
            }
        }
    }

    @Test
    void everyEndpointRefusesACallerWithoutAValidToken() throws Exception {
        Instant now = Instant.now();
        TestTokens trusted = TestTokens.trusted();
        Map<String, String> tokens = new TreeMap<>();
        tokens.put(
                "expired",
                trusted.token(
                        "pc-own",
                        "POLICE_LIAISON",
                        FORCE,
                        TestTokens.ISSUER,
                        now.minus(1, ChronoUnit.HOURS),
                        Duration.ofMinutes(5)));
        tokens.put(
                "wrong issuer",
                trusted.token("pc-own", "POLICE_LIAISON", FORCE, "http://elsewhere", now, Duration.ofMinutes(5)));
        tokens.put("wrong signature", TestTokens.foreign().token("pc-own", "POLICE_LIAISON", FORCE));
        tokens.put("no organisation", trusted.token("pc-own", "POLICE_LIAISON", null));
        tokens.put("no role", trusted.token("pc-own", null, FORCE));
        tokens.put("unknown role", trusted.token("pc-own", "SUPERINTENDENT", FORCE));
        tokens.put("not a token", "not-a-jwt");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Row> entry : table().entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = fill(entry.getValue().path());
            HttpResponse<String> none = request(method, path, null, null);
            check(mismatches, entry.getKey() + " without a token", none);
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                check(
                        mismatches,
                        entry.getKey() + " " + token.getKey(),
                        request(method, path, token.getValue(), entry.getValue().body()));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String what, HttpResponse<String> response) {
        boolean problem =
                response.headers().firstValue("Content-Type").orElse("").contains("problem+json");
        if (response.statusCode() != 401 || !problem) {
            mismatches.add(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Why the response does not match, or null when it does. */
    private String mismatch(Expect expected, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean problem =
                response.headers().firstValue("Content-Type").orElse("").contains("problem+json");
        String got = "got " + status + " " + response.body();
        return switch (expected) {
            case OK -> status == 200 ? null : got;
            case LISTED -> status == 200 && response.body().contains(caseId) ? null : got;
            case NOT_LISTED -> status == 200 && !response.body().contains(caseId) ? null : got;
            case ALLOWED -> (status >= 200 && status < 300) || status == 409 || status == 422 ? null : got;
            case FORBIDDEN -> status == 403 && problem ? null : got;
            case NOT_FOUND -> status == 404 && problem ? null : got;
        };
    }

    private static List<Map.Entry<String, Row>> readsFirst(Map<String, Row> table) {
        return table.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Row> e) -> !e.getKey().startsWith("GET "))
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    private String fill(String path) {
        return path.replace("{caseId}", caseId)
                .replace("{meetingId}", meetingId)
                .replace("{actionId}", actionId)
                .replace("{deviceId}", deviceId)
                .replace("{requestId}", requestId);
    }

    private HttpResponse<String> send(Actor actor, String method, String path, Object body) throws Exception {
        return request(method, path, PoliceApi.token(actor), body);
    }

    private HttpResponse<String> request(String method, String path, String token, Object body) throws Exception {
        return new PlainHttp(port, http, json).send(method, path, token, body);
    }

    private String referToPolice(String force) throws Exception {
        String id = SchoolReferral.to(force).area("E08000028").sendWith(kafka);
        Actor officer = force.equals(FORCE) ? Caller.OWN_LIAISON.actor : Caller.OTHER_LIAISON.actor;
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(send(officer, "GET", "/api/escalations/" + id, null)
                                .statusCode())
                        .isEqualTo(200));
        return id;
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode() / 100).as(response.body()).isEqualTo(2);
    }

    private String id(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json.readTree(response.body());
        return created.get("id").asText();
    }

    private static Map<String, Object> convene() {
        return Map.of(
                "scheduledFor",
                Instant.now().plus(2, ChronoUnit.HOURS).toString(),
                "venue",
                "Video call",
                "invitees",
                List.of(
                        Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell"),
                        Map.of("type", "SCHOOL", "organisation", SCHOOL_URN)));
    }

    private static Map<String, Object> attendance() {
        return Map.of(
                "attendees",
                List.of(
                        Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell"),
                        Map.of("type", "POLICE", "organisation", FORCE)));
    }
}
