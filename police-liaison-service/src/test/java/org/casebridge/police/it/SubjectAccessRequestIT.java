package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.convene;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.crimeReference;
import static org.casebridge.police.it.PoliceRequests.factor;
import static org.casebridge.police.it.PoliceRequests.role;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.Digests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A subject access request to the force (ADR 0066) on real PostgreSQL and Kafka: an escalation of three children with
 * a crime, factors, a meeting, devices and an outcome; the force's supervisor asks for child-1's record. The draft, the
 * JSON, the PDF and the disclosure event hold no other child's age, role, crime or device and no officer's user name,
 * and list each redaction; the supervisor's phrase is withheld everywhere; the hashes match what was released; the
 * second release answers the first and records nothing (ADR 0090); a redaction after it, another force, an officer, an
 * unknown child and a NUL in the reason are refused; reads are recorded.
 */
class SubjectAccessRequestIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Actor OFFICER = new Actor("pc-sar-4411", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("ps-sar-17", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor OTHER_SUPERVISOR = new Actor("ps-sar-mps", Actor.Role.POLICE_SUPERVISOR, "MPS");
    static final String REASON = "Subject access request under UK GDPR Art 15, identity checked at the front counter";
    static final String NEIGHBOUR = "Mr Evans";

    @Test
    void aChildsRecordIsDisclosedOnceWithOtherChildrenAndOfficersWithheldAndListed() throws Exception {
        PoliceApi api = api();
        String caseId = referred(
                SchoolReferral.to(FORCE)
                        .children(
                                new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
                                new ChildSummary("child-2", 15, "Year 10", List.of("SHARED")),
                                new ChildSummary("child-3", 13, "Year 8", List.of("RECEIVED"))),
                OFFICER,
                WAIT);
        String base = "/api/escalations/" + caseId;
        ok(api.post(OFFICER, base + "/acceptance", null));
        ok(api.post(
                OFFICER,
                base + "/crime",
                crime(
                        "86/02",
                        role("child-1", "VICTIM"),
                        role("child-2", "PERSON_INVOLVED"),
                        role("child-3", "VICTIM"))));
        ok(api.post(
                OFFICER,
                base + "/crime/victim-crimes",
                Map.of("victimRef", "child-3", "classification", "86/10", "crimeReference", crimeReference())));
        ok(api.post(
                OFFICER,
                base + "/aggravating-factors",
                factor("PERSISTENT_OR_REPEATED", "Messages over weeks; " + NEIGHBOUR + " saw the phone")));
        String meetingId = created(api.post(OFFICER, base + "/strategy-meetings", convene()));
        String ownDevice = created(api.post(
                OFFICER,
                base + "/devices",
                Map.of(
                        "description",
                        "Child one's phone",
                        "ownerChildRef",
                        "child-1",
                        "seized",
                        true,
                        "exhibitReference",
                        "EXH/WMP/" + UUID.randomUUID().toString().substring(0, 6))));
        ok(api.post(
                OFFICER,
                base + "/devices/" + ownDevice + "/report-remove",
                Map.of("childRef", "child-2", "reportRemoveReference", "IWF-RR-OTHER")));
        created(api.post(
                OFFICER,
                base + "/devices",
                Map.of(
                        "description",
                        "Tablet of the sender",
                        "ownerChildRef",
                        "child-2",
                        "seized",
                        true,
                        "exhibitReference",
                        "EXH/WMP/" + UUID.randomUUID().toString().substring(0, 6))));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = json.readTree(api.get(OFFICER, base).getBody());
            assertThat(detail.path("assessment").isObject()).isTrue();
            assertThat(detail.path("victimCrimes")).hasSize(1);
            assertThat(api.get(OFFICER, base + "/devices").getBody()).contains("Tablet of the sender", "IWF-RR-OTHER");
            assertThat(api.get(OFFICER, base + "/strategy-meetings").getBody()).contains(meetingId);
        });

        String sar = base + "/subject-access-requests";
        // Who may ask: an officer is refused on the role, another force's supervisor finds nothing.
        Map<String, String> start = Map.of("childRef", "child-1", "requester", "The child's mother", "reason", REASON);
        problem(api.post(OFFICER, sar, start), 403, "supervisor-required");
        ResponseEntity<String> hidden = api.post(OTHER_SUPERVISOR, sar, start);
        ResponseEntity<String> absent =
                api.post(SUPERVISOR, sar.replace(caseId, UUID.randomUUID().toString()), start);
        assertThat(hidden.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(hidden.getBody()).get("detail").asText().replace(caseId, "?"))
                .isEqualTo(
                        json.readTree(absent.getBody()).get("detail").asText().replaceAll("[0-9a-f-]{36}", "?"));
        problem(
                api.post(SUPERVISOR, sar, Map.of("childRef", "child-9", "requester", "A parent", "reason", REASON)),
                422,
                "unknown-child");
        ResponseEntity<String> nul = api.post(
                SUPERVISOR, sar, Map.of("childRef", "child-1", "requester", "A parent", "reason", REASON + "\u0000"));
        assertThat(nul.getStatusCode().value()).as(nul.getBody()).isEqualTo(400);
        assertThat(nul.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND"
                                + " convert_from(payload, 'UTF8') LIKE ?",
                        Integer.class,
                        "%SubjectAccessRequestStartedEvent",
                        "%" + caseId + "%"))
                .isZero();

        String requestId = created(api.post(SUPERVISOR, sar, start));
        String request = sar + "/" + requestId;
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                api.get(SUPERVISOR, request).getStatusCode().value())
                        .isEqualTo(200));
        assertThat(api.get(OTHER_SUPERVISOR, request).getStatusCode().value()).isEqualTo(404);
        problem(api.get(OFFICER, request), 403, "supervisor-required");

        JsonNode draft = json.readTree(api.get(SUPERVISOR, request).getBody()).get("draft");
        assertThat(draft.get("format").asText()).isEqualTo("casebridge.subject-access.police.v1");
        assertThat(draft.get("controller").asText()).isEqualTo("West Midlands Police");
        assertThat(draft.get("otherChildren").toString()).isEqualTo("[\"child-2\",\"child-3\"]");
        assertThat(draft.at("/subject/policeRole").asText()).isEqualTo("Victim");
        assertThat(draft.get("devices")).hasSize(1);
        assertThat(draft.toString()).contains("Child one's phone", NEIGHBOUR);
        assertNothingOfAnotherChildOrAnOfficer(draft.toString());
        assertThat(kinds(draft)).contains("Another child's information", "A person's name");

        assertThat(json.readTree(api.post(
                                        SUPERVISOR,
                                        request + "/redactions",
                                        Map.of("phrase", NEIGHBOUR, "reason", "A neighbour: third-party information"))
                                .getBody())
                        .get("added")
                        .asBoolean())
                .isTrue();
        assertThat(json.readTree(api.post(
                                        SUPERVISOR,
                                        request + "/redactions",
                                        Map.of("phrase", "mr evans", "reason", "A neighbour: third-party information"))
                                .getBody())
                        .get("added")
                        .asBoolean())
                .isFalse();
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                json.readTree(api.get(SUPERVISOR, request).getBody())
                                        .get("draft")
                                        .toString())
                        .doesNotContain("Evans")
                        .contains("[withheld]"));

        problem(api.get(SUPERVISOR, request + "/disclosure.json"), 409, "disclosure-not-released");
        Map<String, String> release = Map.of("rationale", "Reviewed with the force's data protection officer");
        ResponseEntity<String> released = api.post(SUPERVISOR, request + "/release", release);
        assertThat(released.getStatusCode().value()).as(released.getBody()).isEqualTo(200);
        JsonNode hashes = json.readTree(released.getBody());
        assertThat(hashes.get("alreadyReleased").asBoolean()).isFalse();
        int eventsOfTheRequest = eventsOf(requestId);
        ResponseEntity<String> again = api.post(SUPERVISOR, request + "/release", release);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        JsonNode secondAnswer = json.readTree(again.getBody());
        assertThat(secondAnswer.get("alreadyReleased").asBoolean()).isTrue();
        assertThat(secondAnswer.get("releasedAt")).isEqualTo(hashes.get("releasedAt"));
        assertThat(secondAnswer.get("pdfSha256")).isEqualTo(hashes.get("pdfSha256"));
        assertThat(secondAnswer.get("jsonSha256")).isEqualTo(hashes.get("jsonSha256"));
        assertThat(eventsOf(requestId)).isEqualTo(eventsOfTheRequest);
        assertThat(api.post(OTHER_SUPERVISOR, request + "/release", release)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        problem(
                api.post(
                        SUPERVISOR,
                        request + "/redactions",
                        Map.of("phrase", "Video call", "reason", "Too late to withhold anything more now")),
                409,
                "subject-access-already-released");

        byte[] bundle = download(SUPERVISOR, request + "/disclosure.json");
        byte[] pdf = download(SUPERVISOR, request + "/disclosure.pdf");
        assertThat(Digests.sha256(bundle)).isEqualTo(hashes.get("jsonSha256").asText());
        assertThat(Digests.sha256(pdf)).isEqualTo(hashes.get("pdfSha256").asText());
        String bundleText = new String(bundle, java.nio.charset.StandardCharsets.UTF_8);
        assertNothingOfAnotherChildOrAnOfficer(bundleText);
        assertThat(bundleText).doesNotContain(NEIGHBOUR).contains("[withheld]");
        assertThat(kinds(json.readTree(bundle)))
                .contains(
                        "Another child's information",
                        "A person's name",
                        "Third-party information chosen by the supervisor");
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertNothingOfAnotherChildOrAnOfficer(pdfText);
        assertThat(pdfText)
                .doesNotContain(NEIGHBOUR)
                .contains("Subject access disclosure: child-1", "What was withheld, and why", "R1.");

        String event = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                        + " payload_type LIKE ?",
                String.class,
                requestId,
                "%SubjectAccessDisclosureReleasedEvent");
        JsonNode disclosure = json.readTree(event);
        assertThat(disclosure.at("/by/id").asText()).isEqualTo(SUPERVISOR.id());
        assertThat(disclosure.at("/by/organisation").asText()).isEqualTo(FORCE);
        assertThat(disclosure.at("/rationale/sealedUnder").asText())
                .as("the rationale is sealed under the case's key (ADR 0064)")
                .isEqualTo(caseId);
        assertThat(event).doesNotContain(release.get("rationale"));
        assertThat(disclosure.get("pdfSha256").asText())
                .isEqualTo(hashes.get("pdfSha256").asText());
        assertThat(disclosure.get("redactions"))
                .hasSize(json.readTree(bundle).get("redactions").size());
        assertThat(event).doesNotContain(NEIGHBOUR);

        List<String> reads = jdbc.queryForList(
                "SELECT what FROM access_log WHERE actor_id = ? AND case_id = ?",
                String.class,
                SUPERVISOR.id(),
                caseId);
        assertThat(reads)
                .contains("subject-access-draft", "subject-access-disclosure-json", "subject-access-disclosure-pdf");
    }

    /** Other children by ref only (their ages, year groups and roles withheld) and no officer by user name. */
    private static void assertNothingOfAnotherChildOrAnOfficer(String text) {
        assertThat(text)
                .doesNotContain("Year 10", "Year 8", "Person involved", "Tablet of the sender")
                .doesNotContain("IWF-RR-OTHER", "Possession")
                .doesNotContain(OFFICER.id(), SUPERVISOR.id());
    }

    private static List<String> kinds(JsonNode bundle) {
        return bundle.get("redactions").findValuesAsText("kind");
    }

    private byte[] download(Actor actor, String path) {
        ResponseEntity<byte[]> response =
                http.exchange(path, HttpMethod.GET, new HttpEntity<>(PoliceApi.headers(actor)), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        return response.getBody();
    }

    private void problem(ResponseEntity<String> response, int status, String type) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/" + type);
    }

    private int eventsOf(String requestId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, requestId);
    }
}
