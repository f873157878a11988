package org.casebridge.cases.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.platform.disclosure.Digests;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A DSL answers a subject access request for child-1 of a case with three named children, over HTTP on real
 * PostgreSQL (ADR 0057): the draft and the released JSON and PDF name child-1 and no other child, list each
 * redaction with its reason, and carry the shares notification-service reports (here {@link NotificationStandIn}). The release is recorded once with the hashes of both files, every
 * download is in the access log, and only the school's DSL gets anything.
 */
@CaseIntegrationTest
class SubjectAccessRequestIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Every way the other two children are identified, none of which child-1's disclosure may hold. */
    private static final List<String> OTHER_CHILDREN =
            List.of("Leo", "Brown", "2011-02-03", "H801100002002", "Sam", "Okoro", "2013-05-02", "3 February 2011");

    private static final String REQUEST = """
            {"requester": "The child's mother, by letter of 1 December",
             "reason": "Subject access request under UK GDPR Art 15, identity checked in person."}""";

    @DynamicPropertySource
    static void notificationService(DynamicPropertyRegistry properties) {
        NotificationStandIn.configure(properties);
    }

    @Test
    void theDisclosureOfOneChildNamesNoOtherChildListsEachRedactionAndIsReleasedOnce() throws IOException {
        CaseApi dsl = CaseApi.dsl(port);
        String caseId = caseWithThreeNamedChildren(dsl);
        String requests = "/api/cases/" + caseId + "/children/child-1/subject-access-requests";

        assertProblem(
                dsl.post("/api/cases/" + caseId + "/children/child-9/subject-access-requests", REQUEST),
                422,
                "unknown-child");
        assertProblem(dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL").post(requests, REQUEST), 404, "not-found");
        assertProblem(dsl.as(CaseApi.URN, "AUDITOR").post(requests, REQUEST), 403, "dsl-only");
        assertProblem(dsl.as("WMP", "POLICE_LIAISON").post(requests, REQUEST), 403, "dsl-only");
        assertProblem(dsl.post(requests, """
                        {"requester": "The child's mother", "reason": "By letter"}"""), 422, "rationale-required");

        CaseApi.Response started = dsl.post(requests, REQUEST);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String requestId = started.json().get("requestId").asText();
        String request = "/api/subject-access-requests/" + requestId;
        await().atMost(PATIENCE).until(() -> dsl.get(request).status() == 200);

        JsonNode draft = dsl.get(request).json().get("draft");
        assertThat(draft.at("/subject/givenName").asText()).isEqualTo("Amira");
        assertThat(draft.get("otherChildren").findValuesAsText("")).isEmpty();
        assertThat(draft.get("otherChildren").toString()).isEqualTo("[\"child-2\",\"child-3\"]");
        assertNamesNoOtherChild(draft.toString());
        assertThat(draft.toString())
                .contains("[child-2]", "[child-3]")
                .doesNotContain(CaseApi.dsl(port).userId());
        assertThat(kinds(draft))
                .contains("Another child's identity", "A member of staff's name", "Another child's device");
        assertThat(draft.at("/shares/complete").asBoolean()).isTrue();
        assertThat(draft.at("/shares/shares/0/agency").asText()).isEqualTo("Birmingham Children's Trust (demo)");
        assertThat(draft.toString()).contains("Mr Evans");

        assertProblem(dsl.post(request + "/redactions", """
                        {"phrase": "E", "reason": "An initial that names a neighbour of the family"}"""), 422, "redaction-phrase-invalid");
        CaseApi.Response added = dsl.post(request + "/redactions", """
                {"phrase": "Mr Evans", "reason": "A neighbour named in the support record: a third party"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().get("added").asBoolean()).isTrue();
        await().atMost(PATIENCE)
                .until(() ->
                        dsl.get(request).json().at("/request/chosenRedactions").size() == 1);
        CaseApi.Response again = dsl.post(request + "/redactions", """
                {"phrase": "mr evans", "reason": "A neighbour named in the support record: a third party"}""");
        assertThat(again.json().get("added").asBoolean()).isFalse();
        JsonNode withheld = dsl.get(request).json().get("draft");
        assertThat(withheld.toString()).doesNotContain("Mr Evans").contains("[withheld]");
        assertThat(kinds(withheld)).contains("Third-party information chosen by the DSL");

        assertProblem(dsl.get(request + "/disclosure.pdf"), 409, "disclosure-not-released");
        String release = """
                {"rationale": "Reviewed with the headteacher: every third party is withheld, nothing else."}""";
        assertProblem(dsl.post(request + "/release", """
                {"rationale": "Fine"}"""), 422, "rationale-required");
        CaseApi.Response released = dsl.post(request + "/release", release);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("alreadyReleased").asBoolean()).isFalse();
        CaseApi.Response secondClick = dsl.post(request + "/release", release);
        assertThat(secondClick.status()).isEqualTo(200);
        assertThat(secondClick.json().get("alreadyReleased").asBoolean()).isTrue();
        assertThat(secondClick.json().get("pdfSha256").asText())
                .isEqualTo(released.json().get("pdfSha256").asText());
        assertProblem(dsl.post(request + "/redactions", """
                        {"phrase": "Mr Evans", "reason": "A neighbour named in the support record again"}"""), 409, "subject-access-already-released");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE"
                                + " '%SubjectAccessDisclosureReleasedEvent'",
                        Long.class, requestId))
                .as("one disclosure event, whatever the clicks")
                .isOne();
        String event = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                        + " payload_type LIKE '%SubjectAccessDisclosureReleasedEvent'",
                String.class, requestId);
        assertNamesNoOtherChild(withoutCiphertext(event));

        CaseApi.Download json = dsl.download(request + "/disclosure.json");
        CaseApi.Download pdf = dsl.download(request + "/disclosure.pdf");
        assertThat(json.status()).isEqualTo(200);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Digests.sha256(json.body()))
                .isEqualTo(released.json().get("jsonSha256").asText());
        assertThat(Digests.sha256(pdf.body()))
                .isEqualTo(released.json().get("pdfSha256").asText());
        assertThat(event).contains(Digests.sha256(json.body())).contains(Digests.sha256(pdf.body()));

        String bundle = new String(json.body(), StandardCharsets.UTF_8);
        assertNamesNoOtherChild(bundle);
        assertThat(bundle).contains("Amira", "Hussain", "[child-2]", "[child-3]", "[withheld]");
        JsonNode bundleJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle);
        JsonNode redactions = bundleJson.get("redactions");
        assertThat(redactions.size()).isGreaterThanOrEqualTo(5);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertNamesNoOtherChild(text);
        assertThat(text).contains("Amira", "What was withheld, and why", "[child-2]", "[child-3]", "[withheld]");
        for (JsonNode redaction : redactions) {
            assertThat(text)
                    .as("the PDF lists redaction R%s", redaction.get("number").asInt())
                    .contains("R" + redaction.get("number").asInt() + ". "
                            + redaction.get("where").asText().replaceAll("\\s+", " ") + ": "
                            + redaction.get("kind").asText());
        }

        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND actor_role = 'SCHOOL_DSL'",
                        String.class,
                        requestId))
                .contains("subject-access-disclosure-pdf", "subject-access-disclosure-json", "subject-access-draft");
        assertThat(dsl.as(CaseApi.URN, "AUDITOR")
                        .get(request + "/disclosure.pdf")
                        .status())
                .isEqualTo(403);
        assertThat(dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL")
                        .get(request + "/disclosure.pdf")
                        .status())
                .isEqualTo(404);
        assertThat(dsl.as("WMP", "POLICE_LIAISON").get(request).status()).isEqualTo(403);
        assertThat(NotificationStandIn.shareReads()).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_document WHERE document_id = ?::uuid", Long.class, requestId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_document WHERE document_id = ?::uuid AND position(convert_to("
                                + "'Amira', 'UTF8') in ciphertext) > 0",
                        Long.class,
                        requestId))
                .as("the released files are kept encrypted")
                .isZero();

        assertThat(dsl.post("/api/cases/" + caseId + "/personal-details/erasure", """
                                {"reason": "Erasure request upheld by the school's data protection officer."}""")
                        .status())
                .isEqualTo(204);
        assertProblem(dsl.get(request + "/disclosure.pdf"), 409, "disclosure-erased");
        await().atMost(PATIENCE)
                .until(() -> dsl.get("/api/cases/" + caseId)
                        .json()
                        .get("personalDetailsErased")
                        .asBoolean());
        assertProblem(dsl.post(requests, REQUEST), 409, "subject-identities-erased");
    }

    /**
     * child-1 Amira Hussain and child-2 Leo Brown reported, child-3 Sam Okoro added with a reason naming both others,
     * a device of child-2, support for child-1 naming a neighbour, and a read of the case.
     */
    private String caseWithThreeNamedChildren(CaseApi dsl) {
        String report = CaseApi.reportJson("""
                        {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14",
                         "upn": "H801200001001"}""")
                .replace(
                        "\"roles\": [\"RECEIVED\", \"SHARED\"]}",
                        "\"roles\": [\"RECEIVED\", \"SHARED\"], \"personalDetails\": {\"givenName\": \"Leo\","
                                + " \"familyName\": \"Brown\", \"dateOfBirth\": \"2011-02-03\", \"upn\":"
                                + " \"H801100002002\"}}");
        CaseApi.Response created = dsl.post("/api/cases", report);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        accepted(dsl.post("/api/cases/" + caseId + "/children", """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"],
                           "personalDetails": {"givenName": "Sam", "familyName": "Okoro",
                                               "dateOfBirth": "2013-05-02"}},
                 "reason": "Sam Okoro came forward on Monday: Leo Brown (born 3 February 2011) sent it to him."}"""));
        accepted(dsl.post("/api/cases/" + caseId + "/devices", """
                {"deviceRef": "device-1", "description": "Leo's phone", "ownerChildRef": "child-2",
                 "confiscatedBy": "B. Jones", "storedWhere": "Head's safe"}"""));
        accepted(dsl.post("/api/cases/" + caseId + "/support", """
                {"childRef": "child-1", "supportType": "PASTORAL",
                 "description": "Weekly check-in; Mr Evans next door walks her to school"}"""));
        await().atMost(PATIENCE)
                .until(() -> dsl.get("/api/cases/" + caseId + "/timeline")
                                .json()
                                .findValuesAsText("type")
                                .size()
                        >= 4);
        assertThat(dsl.get("/api/cases/" + caseId, "Preparing the subject access request")
                        .status())
                .isEqualTo(200);
        return caseId;
    }

    /**
     * The stored event with each sealed text's ciphertext left out: base64 of random bytes spells a short name such as
     * "Sam" or "Leo", ignoring case, in several runs out of a hundred; what is sealed is proven unreadable elsewhere.
     */
    private static String withoutCiphertext(String storedEvent) {
        String clear =
                storedEvent.replaceAll("(\"sealedUnder\":\"[^\"]*\",\"text\":\")[A-Za-z0-9+/=]*\"", "$1(sealed)\"");
        assertThat(clear).as("the rationale is stored sealed").contains("\"rationale\":{\"sealedUnder\"");
        assertThat(clear).as("every sealed text found").doesNotContainPattern("\"text\":\"(?!\\(sealed\\))");
        return clear;
    }

    private static void assertNamesNoOtherChild(String text) {
        for (String other : OTHER_CHILDREN) {
            assertThat(text).as("names no other child").doesNotContainIgnoringCase(other);
        }
    }

    private static List<String> kinds(JsonNode bundle) {
        return bundle.get("redactions").findValuesAsText("kind");
    }

    private static void accepted(CaseApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private static void assertProblem(CaseApi.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).endsWith("/" + type);
    }
}
