package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How to call each endpoint of case-service, and what the DSL of the case's school gets when they do: the table the
 * authorisation matrix and the access log coverage tests are generated from. Both compare it with the endpoints the
 * running service answers, so an endpoint added without a row here fails them.
 */
final class CaseEndpoints {

    static final String CHILD_1_DETAILS = """
            {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14", "upn": "H801200001001"}""";

    /** The users of the matrix, each with the organisation they act for. */
    enum Caller {
        /** The DSL of the school every case of the table belongs to. */
        OWN_DSL(CaseApi.URN, "SCHOOL_DSL"),
        OTHER_DSL(CaseApi.OTHER_URN, "SCHOOL_DSL"),
        /** The force the school's referrals go to: a referral still gives it nothing in case-service. */
        POLICE_LIAISON("WMP", "POLICE_LIAISON"),
        POLICE_SUPERVISOR("WMP", "POLICE_SUPERVISOR"),
        /** The school's own area's children's social care. */
        AGENCY("csc-birmingham", "AGENCY"),
        /** The school's own auditor (information governance): reads its own organisation's cases only. */
        AUDITOR(CaseApi.URN, "AUDITOR"),
        /** Runs the service: dead letters, no case data. */
        OPERATOR("casebridge-ops", "OPERATOR");

        final String organisation;
        final String role;

        Caller(String organisation, String role) {
            this.organisation = organisation;
            this.role = role;
        }

        CaseApi api(int port) {
            return new CaseApi(port, organisation, role);
        }
    }

    /** What kind of request a row is, which decides what every caller but the case's own DSL gets. */
    enum Kind {
        /** Reads one case's records: the auditor too; everyone else 404, as if it did not exist. */
        CASE_READ,
        /** Lists cases: everyone 200, each seeing only their scope (police and agencies an empty list). */
        LIST,
        /** Changes a case: the DSL of another school 404, every other role 403. */
        CASE_WRITE,
        /**
         * Sets or lifts a legal hold (ADR 0053): the school's auditor as its DSL, on a case of their own; the DSL of
         * another school 404, every other role 403.
         */
        LEGAL_HOLD,
        /** Reports a new case for the caller's own school: any DSL; every other role 403. */
        REPORT,
        /** Lists parked events (ADR 0012): operators and auditors; every other role 403. */
        DEAD_LETTERS_READ,
        /** Retries parked events: operators only; every other role 403. */
        DEAD_LETTERS_RETRY,
        /**
         * Replays a projection (ADR 0050): operators only, every other role 403. The row names the Kafka publisher,
         * which is never replayed, so the operator's request is refused 409 and the matrix starts no replay.
         */
        PROJECTION_REPLAY,
        /** Verifies the audit trail or exports its checkpoints (ADR 0045): auditors only; every other role 403. */
        AUDIT,
        /** Searches the access log (ADR 0047): auditors only; every other role 403. */
        AUDIT_SEARCH,
        /** Reads about the caller's own organisation (who outside it read its cases): everyone 200, their own. */
        OWN_ORGANISATION,
        /**
         * Reads a record another school sent to the own school (ADR 0054): its auditor too; everyone else 404,
         * the sending school included, which reads its own case instead.
         */
        TRANSFER_READ,
        /** Confirms receipt of a record sent to the own school: the sending school's DSL 404, every other role 403. */
        TRANSFER_WRITE,
        /**
         * A subject access request and its disclosure (ADR 0057), read or written: the school's DSL only; the DSL of
         * another school 404, every other role 403, the school's auditor too.
         */
        SUBJECT_ACCESS;

        int expected(Caller caller, int ownStatus) {
            if (caller == Caller.OWN_DSL) {
                return ownStatus;
            }
            return switch (this) {
                case CASE_READ -> caller == Caller.AUDITOR ? 200 : 404;
                case LIST -> 200;
                case CASE_WRITE -> caller == Caller.OTHER_DSL ? 404 : 403;
                case LEGAL_HOLD -> caller == Caller.AUDITOR ? ownStatus : caller == Caller.OTHER_DSL ? 404 : 403;
                case REPORT -> caller == Caller.OTHER_DSL ? 201 : 403;
                case DEAD_LETTERS_READ -> caller == Caller.OPERATOR || caller == Caller.AUDITOR ? 200 : 403;
                case DEAD_LETTERS_RETRY -> caller == Caller.OPERATOR ? 200 : 403;
                case PROJECTION_REPLAY -> caller == Caller.OPERATOR ? 409 : 403;
                case AUDIT -> caller == Caller.AUDITOR ? 200 : 403;
                case AUDIT_SEARCH -> caller == Caller.AUDITOR ? 200 : 403;
                case OWN_ORGANISATION -> 200;
                case TRANSFER_READ -> caller == Caller.AUDITOR ? 200 : 404;
                case TRANSFER_WRITE -> caller == Caller.OTHER_DSL ? 404 : 403;
                case SUBJECT_ACCESS -> caller == Caller.OTHER_DSL ? 404 : 403;
            };
        }
    }

    /**
     * One endpoint: how to prepare a case the own DSL's request succeeds on, the path (with {@code {caseId}},
     * {@code {deviceRef}} and {@code {childRef}}), the JSON body of a write and the own DSL's status.
     */
    record Row(
            String endpoint, Kind kind, Function<CaseApi, String> prepare, String query, String body, int ownStatus) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        /** The request path for a case (null for endpoints that name none). */
        String path(String caseId) {
            return endpoint.substring(endpoint.indexOf(' ') + 1)
                            .replace("{caseId}", caseId == null ? "" : caseId)
                            .replace("{deviceRef}", "device-1")
                            .replace("{childRef}", "child-1")
                            .replace("{actionId}", "action-1")
                            .replace("{transferId}", caseId == null ? "" : caseId)
                            .replace("{requestId}", caseId == null ? "" : caseId)
                            .replace(
                                    "{processingGroup}",
                                    kind == Kind.PROJECTION_REPLAY ? "kafka-publisher" : "case-views")
                    + (query == null ? "" : query.replace("{caseId}", caseId == null ? "" : caseId));
        }

        /** Whether the path names a case, or a transfer (whose prepared id stands in the case's place). */
        boolean namesACase() {
            return endpoint.contains("{caseId}")
                    || endpoint.contains("{transferId}")
                    || endpoint.contains("{requestId}")
                    || (query != null && query.contains("{caseId}"));
        }

        CaseApi.Response send(CaseApi api, String caseId) {
            return "GET".equals(method()) ? api.get(path(caseId)) : api.post(path(caseId), body);
        }
    }

    private static final String DEVICE = """
            {"deviceRef": "device-1", "description": "Phone", "ownerChildRef": "child-2",
             "confiscatedBy": "B. Jones", "storedWhere": "Head's safe"}""";

    static final Map<String, Row> ROWS = rows();

    private CaseEndpoints() {}

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        String cases = "/api/cases";
        String theCase = cases + "/{caseId}";
        add(rows, new Row("GET " + cases, Kind.LIST, CaseEndpoints::readable, null, null, 200));
        add(rows, new Row("GET " + theCase, Kind.CASE_READ, CaseEndpoints::readable, null, null, 200));
        add(rows, new Row("GET " + theCase + "/timeline", Kind.CASE_READ, CaseEndpoints::readable, null, null, 200));
        add(rows, new Row("GET " + theCase + "/agencies", Kind.CASE_READ, CaseEndpoints::readable, null, null, 200));
        add(
                rows,
                new Row("GET " + theCase + "/outside-reads", Kind.CASE_READ, CaseEndpoints::readable, null, null, 200));
        add(
                rows,
                new Row(
                        "GET " + theCase + "/children/{childRef}/personal-details",
                        Kind.CASE_READ,
                        CaseEndpoints::readable,
                        null,
                        null,
                        200));
        add(
                rows,
                new Row("GET /api/access-log", Kind.CASE_READ, CaseEndpoints::readable, "?caseId={caseId}", null, 200));
        add(
                rows,
                new Row(
                        "GET /api/audit/access-log",
                        Kind.AUDIT_SEARCH,
                        CaseEndpoints::readable,
                        "?caseId={caseId}",
                        null,
                        403));
        add(
                rows,
                new Row(
                        "GET /api/outside-reads",
                        Kind.OWN_ORGANISATION,
                        CaseEndpoints::readable,
                        "?caseId={caseId}",
                        null,
                        200));
        add(rows, new Row("GET /api/dead-letters", Kind.DEAD_LETTERS_READ, api -> null, null, null, 403));
        add(
                rows,
                new Row(
                        "POST /api/dead-letters/{processingGroup}/retry",
                        Kind.DEAD_LETTERS_RETRY,
                        api -> null,
                        null,
                        "{}",
                        403));
        add(rows, new Row("GET /api/projections", Kind.DEAD_LETTERS_READ, api -> null, null, null, 403));
        add(
                rows,
                new Row(
                        "POST /api/projections/{processingGroup}/replay",
                        Kind.PROJECTION_REPLAY,
                        api -> null,
                        null,
                        "{}",
                        403));
        add(rows, new Row("GET /api/audit/verification", Kind.AUDIT, api -> null, null, null, 403));
        add(rows, new Row("GET /api/audit/checkpoints", Kind.AUDIT, api -> null, null, null, 403));
        add(rows, new Row("POST " + cases, Kind.REPORT, api -> null, null, CaseApi.reportJson(CHILD_1_DETAILS), 201));
        add(rows, write(theCase + "/initial-review", CaseEndpoints::reported, CaseApi.reviewJson(false)));
        add(rows, write(theCase + "/handle-in-school", CaseEndpoints::reviewed, """
                {"rationale": "No criterion met: a consensual exchange between two pupils, not forwarded."}"""));
        add(rows, write(theCase + "/referral", CaseEndpoints::reviewed, """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult aged 19."}"""));
        add(rows, write(theCase + "/escalations", CaseEndpoints::reported, """
                {"referredTo": ["CHILDRENS_SOCIAL_CARE"],
                 "newInformation": "child-1 has said she is frightened to come to school."}"""));
        add(rows, write(theCase + "/parents", CaseEndpoints::reported, CaseApi.parentsInformedJson("child-1")));
        add(rows, write(theCase + "/viewings", CaseEndpoints::reviewed, """
                {"viewedAt": "2026-01-10T12:00:00Z", "headteacherConsulted": true,
                 "witnessName": "C. Patel, deputy head", "witnessDidNotView": true, "onSchoolPremises": true,
                 "reason": "Needed to establish whether a sexual act was shown", "whatFollowed": "Referred"}"""));
        add(rows, write(theCase + "/devices", CaseEndpoints::reported, DEVICE));
        add(rows, write(theCase + "/devices/{deviceRef}/examination", CaseEndpoints::reviewedWithDevice, """
                {"goodReason": "To find out whether the image was forwarded further",
                 "findings": "Sent to one contact only"}"""));
        add(rows, write(theCase + "/devices/{deviceRef}/handover", CaseEndpoints::referredWithDevice, """
                {"handedTo": "PC 4411 Hughes", "handedOverAt": "2026-01-10T16:00:00Z",
                 "exhibitRef": "WMP/EX/2026/0042"}"""));
        // Staff delete only from a device the police left to the school, which only a police event does (proved in
        // SchoolRulesIT); here the own DSL's deletion is refused 409 deletion-not-left-to-school and changes nothing.
        add(
                rows,
                new Row(
                        "POST " + theCase + "/devices/{deviceRef}/deletion",
                        Kind.CASE_WRITE,
                        CaseEndpoints::reviewedWithDevice,
                        null,
                        """
                        {"rationale": "Deleted under school powers with child-2 present."}""",
                        409));
        add(rows, write(theCase + "/devices/{deviceRef}/return", CaseEndpoints::reviewedWithDevice, """
                {"returnedTo": "child-2"}"""));
        add(rows, write(theCase + "/children/{childRef}/own-deletion", CaseEndpoints::reviewed, """
                {"confirmation": "Deleted in front of the DSL, including the recently deleted folder."}"""));
        add(rows, write(theCase + "/support", CaseEndpoints::reported, """
                {"childRef": "child-1", "supportType": "PASTORAL", "description": "Weekly check-in"}"""));
        add(rows, write(theCase + "/closure", CaseEndpoints::readyToClose, """
                {"outcomeSummary": "Support in place, images deleted, families informed."}"""));
        add(rows, write(theCase + "/personal-details/erasure", CaseEndpoints::reported, """
                {"reason": "Subject access and erasure request upheld by the school's DPO."}"""));
        add(rows, write(theCase + "/children", CaseEndpoints::reported, """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"],
                           "personalDetails": {"givenName": "Sam", "familyName": "Okoro",
                                               "dateOfBirth": "2013-05-02"}},
                 "reason": "child-3 came forward on Monday and named child-1 as the sender."}"""));
        add(rows, write(theCase + "/children/{childRef}/amendments", CaseEndpoints::reported, """
                {"age": 13, "yearGroup": "Year 8", "reason": "Date of birth checked with the admissions record."}"""));
        add(rows, write(theCase + "/adults", CaseEndpoints::reported, ADULT));
        add(rows, write(theCase + "/lado-referral", CaseEndpoints::withAdult, """
                {"rationale": "Allegation that a supply teacher asked child-1 for an image; agency informed."}"""));
        add(
                rows,
                new Row(
                        "POST " + theCase + "/legal-hold",
                        Kind.LEGAL_HOLD,
                        CaseEndpoints::reported,
                        null,
                        LEGAL_HOLD,
                        204));
        add(
                rows,
                new Row(
                        "POST " + theCase + "/legal-hold/lifting",
                        Kind.LEGAL_HOLD,
                        CaseEndpoints::underLegalHold,
                        null,
                        """
                {"reason": "The claim was withdrawn by the family's solicitor."}""",
                        204));
        // the police gave this case no action: the own DSL's request is refused as an unknown action (ADR 0022)
        add(
                rows,
                new Row(
                        "POST " + theCase + "/strategy-actions/{actionId}/completion",
                        Kind.CASE_WRITE,
                        CaseEndpoints::readable,
                        null,
                        "{}",
                        404));
        add(
                rows,
                new Row(
                        "POST " + theCase + "/children/{childRef}/transfers",
                        Kind.CASE_WRITE,
                        CaseEndpoints::readable,
                        null,
                        TRANSFER,
                        201));
        add(rows, new Row("GET /api/transfers", Kind.LIST, CaseEndpoints::transferredOut, null, null, 200));
        add(
                rows,
                new Row(
                        "GET /api/transfers/{transferId}",
                        Kind.TRANSFER_READ,
                        CaseEndpoints::transferredIn,
                        null,
                        null,
                        200));
        add(
                rows,
                new Row(
                        "POST /api/transfers/{transferId}/receipt",
                        Kind.TRANSFER_WRITE,
                        CaseEndpoints::transferredIn,
                        null,
                        "{}",
                        200));
        add(
                rows,
                new Row(
                        "POST " + theCase + "/children/{childRef}/subject-access-requests",
                        Kind.SUBJECT_ACCESS,
                        CaseEndpoints::readable,
                        null,
                        SUBJECT_ACCESS_REQUEST,
                        201));
        String request = "/api/subject-access-requests/{requestId}";
        add(
                rows,
                new Row("GET " + request, Kind.SUBJECT_ACCESS, CaseEndpoints::subjectAccessRequested, null, null, 200));
        add(
                rows,
                new Row(
                        "POST " + request + "/redactions",
                        Kind.SUBJECT_ACCESS,
                        CaseEndpoints::subjectAccessRequested,
                        null,
                        """
                        {"phrase": "Mr Evans", "reason": "A neighbour named in a rationale: a third party"}""",
                        200));
        // No notification-service answers the matrix's case-service: the own DSL's release is refused 409
        // share-records-unavailable, and there is nothing released to download (409 disclosure-not-released).
        add(
                rows,
                new Row(
                        "POST " + request + "/release",
                        Kind.SUBJECT_ACCESS,
                        CaseEndpoints::subjectAccessRequested,
                        null,
                        """
                        {"rationale": "Reviewed with the headteacher: every third party is withheld."}""",
                        409));
        add(
                rows,
                new Row(
                        "GET " + request + "/disclosure.pdf",
                        Kind.SUBJECT_ACCESS,
                        CaseEndpoints::subjectAccessRequested,
                        null,
                        null,
                        409));
        add(
                rows,
                new Row(
                        "GET " + request + "/disclosure.json",
                        Kind.SUBJECT_ACCESS,
                        CaseEndpoints::subjectAccessRequested,
                        null,
                        null,
                        409));
        return rows;
    }

    private static final String SUBJECT_ACCESS_REQUEST = """
            {"requester": "The child's mother, by letter", "reason": "Subject access request under UK GDPR Art 15."}""";

    /** The id of a subject access request for child-1 of a case of the own school, once it can be read. */
    static String subjectAccessRequested(CaseApi dsl) {
        return subjectAccessRequestOf(dsl, readable(dsl));
    }

    /** The id of a subject access request for child-1 of a readable case, once it can be read. */
    static String subjectAccessRequestOf(CaseApi dsl, String caseId) {
        CaseApi.Response started =
                dsl.post("/api/cases/" + caseId + "/children/child-1/subject-access-requests", SUBJECT_ACCESS_REQUEST);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String requestId = started.json().get("requestId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        dsl.get("/api/subject-access-requests/" + requestId).status() == 200);
        return requestId;
    }

    /** An adult in a position of trust: role and employer's kind only (ADR 0055). */
    static final String ADULT = """
            {"role": "SUPPLY_STAFF", "employer": "SUPPLY_AGENCY",
             "rationale": "child-1 says a supply teacher asked her for the image by message."}""";

    /** A case of the own school with an adult in a position of trust recorded, not yet referred to the LADO. */
    static String withAdult(CaseApi dsl) {
        String caseId = reported(dsl);
        accepted(dsl, caseId, "/adults", ADULT);
        return caseId;
    }

    /** child-1 moves to a school outside the matrix (Mile End Community School). */
    private static final String TRANSFER = """
            {"toSchoolUrn": "105520", "reason": "child-1 starts at Mile End Community School next week.",
             "childStartedOn": "2026-12-01"}""";

    private static final String LEGAL_HOLD = """
            {"reason": "Solicitor's letter: a civil claim about this incident is expected."}""";

    private static Row write(String path, Function<CaseApi, String> prepare, String body) {
        return new Row("POST " + path, Kind.CASE_WRITE, prepare, null, body, 204);
    }

    private static void add(Map<String, Row> rows, Row row) {
        rows.put(row.endpoint(), row);
    }

    /** A new case of the own school, with child-1's personal details on file. */
    static String reported(CaseApi dsl) {
        return dsl.report(CHILD_1_DETAILS);
    }

    /** A reported case, visible in the read model. */
    static String readable(CaseApi dsl) {
        String caseId = reported(dsl);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dsl.get("/api/cases/" + caseId).status() == 200);
        return caseId;
    }

    /** A case of the own school whose child-1's record went to another school, once the transfer list shows it. */
    static String transferredOut(CaseApi dsl) {
        String caseId = readable(dsl);
        CaseApi.Response started = dsl.post("/api/cases/" + caseId + "/children/child-1/transfers", TRANSFER);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dsl.get("/api/transfers?direction=outgoing")
                        .json()
                        .findValuesAsText("caseId")
                        .contains(caseId));
        return caseId;
    }

    /**
     * The id of a record the other school of the matrix sent to the own school, once the own school can read it: the
     * own DSL is the receiving school's, the other school's DSL the sender.
     */
    static String transferredIn(CaseApi dsl) {
        CaseApi sender = dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL");
        String caseId = readable(sender);
        CaseApi.Response started = sender.post(
                "/api/cases/" + caseId + "/children/child-1/transfers", TRANSFER.replace("105520", CaseApi.URN));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String transferId = started.json().get("transferId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dsl.get("/api/transfers/" + transferId).status() == 200);
        return transferId;
    }

    static String reviewed(CaseApi dsl) {
        String caseId = reported(dsl);
        accepted(dsl, caseId, "/initial-review", CaseApi.reviewJson(false));
        return caseId;
    }

    static String withDevice(CaseApi dsl) {
        String caseId = reported(dsl);
        accepted(dsl, caseId, "/devices", DEVICE);
        return caseId;
    }

    static String reviewedWithDevice(CaseApi dsl) {
        String caseId = reviewed(dsl);
        accepted(dsl, caseId, "/devices", DEVICE);
        return caseId;
    }

    static String referredWithDevice(CaseApi dsl) {
        String caseId = reported(dsl);
        accepted(dsl, caseId, "/initial-review", CaseApi.reviewJson(true));
        accepted(dsl, caseId, "/referral", "{\"referredTo\": [\"POLICE\"]}");
        accepted(dsl, caseId, "/devices", DEVICE);
        return caseId;
    }

    static String underLegalHold(CaseApi dsl) {
        String caseId = reported(dsl);
        accepted(dsl, caseId, "/legal-hold", LEGAL_HOLD);
        return caseId;
    }

    static String readyToClose(CaseApi dsl) {
        String caseId = reviewed(dsl);
        accepted(
                dsl,
                caseId,
                "/handle-in-school",
                "{\"rationale\": \"No criterion met: a consensual exchange between two pupils, not forwarded.\"}");
        accepted(dsl, caseId, "/parents", CaseApi.parentsInformedJson("child-1"));
        accepted(dsl, caseId, "/parents", CaseApi.parentsInformedJson("child-2"));
        return caseId;
    }

    private static void accepted(CaseApi dsl, String caseId, String action, String body) {
        CaseApi.Response response = dsl.post("/api/cases/" + caseId + action, body);
        assertThat(response.status()).as(action + " " + response.body()).isEqualTo(204);
    }

    /** A case id nobody ever reported. */
    static String absentCase() {
        return UUID.randomUUID().toString();
    }
}
