package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.convene;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.outcome21;
import static org.casebridge.police.it.PoliceRequests.schoolAction;
import static org.casebridge.police.it.PoliceRequests.seizedDevice;
import static org.casebridge.police.it.PoliceRequests.subjectAccessRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.ApiSmuggling;
import org.casebridge.platform.test.OpenApiWrites;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.platform.test.PortalSmuggling;
import org.casebridge.platform.test.SmuggledImageryChecks;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No imagery reaches the police service in any encoding, on any path: every text field of every write operation in
 * its OpenAPI document, every portal form (the officer's and the supervisor's) and every autosaved draft refuses an
 * image written as base64 (standard, url-safe, MIME-wrapped, split by spaces, JSON-escaped), as a data URI (with
 * parameters, percent-encoded) or as a hex dump, and a control character, and stores nothing: no event, no draft.
 * The requests are generated from the document and the portal's own pages ({@link ApiSmuggling},
 * {@link PortalSmuggling}), on two real escalations of the force: one just referred, one accepted with a crime, a
 * meeting, an action, a device and an outcome proposed, so the forms of both states are found and a value let
 * through would be stored. Same configuration as the portal tests, so the same application context.
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class SmuggledImageryIT extends SmuggledImageryChecks {

    static final String FORCE = "WMP";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Actor OFFICER = new Actor("smuggling-pc", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("smuggling-ps", Actor.Role.POLICE_SUPERVISOR, FORCE);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private final ObjectMapper json = new ObjectMapper();
    private String newCase;
    private String caseId;
    private String meetingId;
    private String actionId;
    private String deviceId;
    private String requestId;
    private List<PortalSmuggling.Form> forms;

    @BeforeAll
    void twoEscalationsAndThePortalsForms() throws Exception {
        newCase = referToPolice();
        caseId = referToPolice();
        PoliceApi api = new PoliceApi(rest);
        String base = "/api/escalations/" + caseId;
        ok(api.post(OFFICER, base + "/acceptance", null));
        ok(api.post(OFFICER, base + "/crime", crime()));
        ok(api.post(OFFICER, base + "/aggravating-factors", Map.of("factors", List.of())));
        meetingId = id(api.post(OFFICER, base + "/strategy-meetings", convene()));
        ok(api.post(
                OFFICER,
                base + "/strategy-meetings/" + meetingId + "/attendance",
                Map.of("attendees", List.of(Map.of("type", "POLICE", "organisation", FORCE)))));
        actionId = id(api.post(OFFICER, base + "/strategy-meetings/" + meetingId + "/actions", schoolAction()));
        deviceId = id(api.post(OFFICER, base + "/devices", seizedDevice()));
        ok(api.post(OFFICER, base + "/outcome-proposal", outcome21()));
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(api.get(OFFICER, "/api/sign-off-queue").getBody())
                                .contains(caseId));

        String unattended = id(api.post(
                OFFICER,
                base + "/strategy-meetings",
                Map.of(
                        "scheduledFor",
                        Instant.now().plus(4, ChronoUnit.HOURS).toString(),
                        "venue",
                        "Video call",
                        "invitees",
                        List.of(Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell")))));
        requestId = id(api.post(SUPERVISOR, base + "/subject-access-requests", subjectAccessRequest()));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(api.get(SUPERVISOR, base + "/subject-access-requests/" + requestId)
                                .getStatusCode()
                                .value())
                        .isEqualTo(200));
        String inCase = "/portal/escalations/" + caseId;
        List<String> pages = List.of(
                "/portal/escalations/" + newCase,
                inCase,
                inCase + "/devices/" + deviceId,
                inCase + "/strategy-meetings/" + meetingId,
                inCase + "/strategy-meetings/" + unattended,
                inCase + "/crime",
                inCase + "/aggravating-factors",
                inCase + "/outcome-proposal",
                inCase + "/disclosure-statement",
                inCase + "/personal-details/erasure",
                inCase + "/legal-hold",
                inCase + "/subject-access",
                inCase + "/subject-access/" + requestId,
                "/portal/escalations");
        forms = PortalSmuggling.forms(
                mvc,
                List.of(
                        new PortalSmuggling.User("officer", signIn(OFFICER), pages),
                        new PortalSmuggling.User("supervisor", signIn(SUPERVISOR), pages)),
                60);
    }

    @Override
    protected List<PortalSmuggling.Form> forms() {
        return forms;
    }

    @Override
    protected String token(OpenApiWrites.Operation operation) {
        boolean decision = operation != null
                && (operation.path().contains("/outcome-proposal/")
                        || operation.path().endsWith("/personal-details/erasure")
                        || operation.path().contains("/legal-hold")
                        || operation.path().contains("/subject-access-requests"));
        return PoliceApi.token(decision ? SUPERVISOR : OFFICER);
    }

    @Override
    protected String fill(String path) {
        return path.replace("{caseId}", caseId)
                .replace("{meetingId}", meetingId)
                .replace("{actionId}", actionId)
                .replace("{deviceId}", deviceId)
                .replace("{requestId}", requestId)
                .replace("{processingGroup}", "police-escalations");
    }

    private static RequestPostProcessor signIn(Actor actor) {
        return PortalSignIn.as(actor.id(), actor.role().name(), actor.organisation(), actor.id());
    }

    private String referToPolice() throws Exception {
        String id = SchoolReferral.to(FORCE).area("E08000028").sendWith(kafka);
        PoliceApi api = new PoliceApi(rest);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(api.get(OFFICER, "/api/escalations/" + id)
                                .getStatusCode()
                                .value())
                        .isEqualTo(200));
        return id;
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
    }

    private String id(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode created = json.readTree(response.getBody());
        return created.get("id").asText();
    }
}
