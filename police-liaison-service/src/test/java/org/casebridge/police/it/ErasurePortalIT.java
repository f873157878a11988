package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.subjectAccessRequest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The MoPI review's erasure in the supervisor's portal (ADR 0064, 0069): the button appears on the escalation only for
 * a supervisor once the crime record is due for review; "Are you sure?" takes the reason; after it, the escalation
 * says so, and no subject access request can be started, in the portal or on the API (409 subject-identities-erased).
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class ErasurePortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.erase.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("sergeant.erase.wmp", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final String REASON = "MoPI review: no further policing purpose for this record";

    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSupervisorErasesOnTheReviewAfterAreYouSureAndNoSubjectAccessRequestStartsAfter() throws Exception {
        String caseId = withACrime(OFFICER);
        String escalation = "/portal/escalations/" + caseId;
        String erasure = escalation + "/personal-details/erasure";

        assertThat(page(escalation, SUPERVISOR)).doesNotContain("Erase the personal data");
        assertThat(page(erasure, SUPERVISOR)).contains("The record is not due for its MoPI review");
        assertThat(postErasure(erasure, REASON).getContentAsString())
                .as("refused before the review is due, against the reason")
                .contains("There is a problem", "review");
        assertThat(erased(caseId)).isFalse();

        commands.sendAndWait(new FlagCrimeRecordForReviewCommand(caseId, 1, LocalDate.of(2011, 3, 1)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> queries.detail(caseId, OFFICER).review() != null);

        assertThat(page(escalation, SUPERVISOR)).contains("Due for review", "Erase the personal data", erasure);
        assertThat(page(escalation, OFFICER)).contains("Due for review").doesNotContain("Erase the personal data");
        assertThat(mvc.perform(get(erasure).with(as(OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(erasure).with(as(OFFICER)).with(csrf()).param("reason", REASON))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page(erasure, SUPERVISOR))
                .contains("Are you sure you want to erase the personal data?", "This cannot be undone", "What stays")
                .doesNotContain("not due for its MoPI review");
        assertThat(postErasure(erasure, "").getContentAsString())
                .contains("There is a problem", "Enter the reason the review disposes of the personal data");
        assertThat(erased(caseId)).isFalse();

        MockHttpServletResponse done = postErasure(erasure, REASON);

        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(escalation);
        assertThat(erased(caseId)).isTrue();
        assertThat(jdbc.queryForObject("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%PersonalDetailsErasedEvent'""", String.class, caseId)).contains(SUPERVISOR.id(), REASON);
        assertThat(page(escalation, SUPERVISOR))
                .contains("The personal data was erased on the review")
                .doesNotContain("Erase the personal data");
        assertThat(page(erasure, SUPERVISOR)).contains("already erased");

        String requests = escalation + "/subject-access";
        assertThat(page(requests, SUPERVISOR))
                .contains("No request can be started")
                .doesNotContain("Start the request");
        assertThat(mvc.perform(post(requests)
                                .with(as(SUPERVISOR))
                                .with(csrf())
                                .param("childRef", "child-1")
                                .param("requester", "The child's mother")
                                .param("reason", "Subject access request by letter, identity checked in person"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "was erased on its review");

        ResponseEntity<String> refused = new PoliceApi(rest)
                .post(SUPERVISOR, "/api/escalations/" + caseId + "/subject-access-requests", subjectAccessRequest());
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("type").asText()).endsWith("/subject-identities-erased");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM police_subject_access_request WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    private boolean erased(String caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM sealing_key WHERE key_id::text = ? AND destroyed_at IS NOT NULL)",
                Boolean.class,
                caseId));
    }

    private MockHttpServletResponse postErasure(String path, String reason) throws Exception {
        return mvc.perform(post(path).with(as(SUPERVISOR)).with(csrf()).param("reason", reason))
                .andReturn()
                .getResponse();
    }

    private String page(String path, Actor actor) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(actor))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
