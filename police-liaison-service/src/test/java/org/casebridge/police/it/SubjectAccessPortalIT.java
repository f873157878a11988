package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The supervisor's subject access pages (ADR 0066): from the escalation, start a request for a child, read the draft
 * with what is withheld and why, withhold a phrase, release, see the downloads; an officer of the force is refused.
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class SubjectAccessPortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.sar.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("sergeant.sar.wmp", Actor.Role.POLICE_SUPERVISOR, FORCE);

    @Test
    void aSupervisorStartsReviewsWithholdsAndReleasesOnce() throws Exception {
        String caseId = withACrime(OFFICER);
        String escalation = "/portal/escalations/" + caseId;
        String list = escalation + "/subject-access";

        assertThat(page(escalation, SUPERVISOR)).contains("Subject access requests");
        assertThat(page(escalation, OFFICER)).doesNotContain("Subject access requests");
        assertThat(mvc.perform(get(list).with(as(OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(page(list, SUPERVISOR))
                .contains("No subject access request has been made", "Which child is the request about?", "child-2");

        String errors = mvc.perform(post(list).with(as(SUPERVISOR)).with(csrf()).param("childRef", "child-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errors).contains("There is a problem", "Enter who made the request");
        String tooShort = mvc.perform(post(list)
                        .with(as(SUPERVISOR))
                        .with(csrf())
                        .param("childRef", "child-1")
                        .param("requester", "The child's mother")
                        .param("reason", "By letter"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooShort).contains("There is a problem", "at least 20 characters");

        MockHttpServletResponse started = mvc.perform(post(list)
                        .with(as(SUPERVISOR))
                        .with(csrf())
                        .param("childRef", "child-1")
                        .param("requester", "The child's mother")
                        .param("reason", "Subject access request by letter, identity checked in person"))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String request = started.getRedirectedUrl();
        assertThat(request).startsWith(list + "/");

        String review = page(request, SUPERVISOR);
        assertThat(review)
                .contains(
                        "Subject access request for child-1",
                        "Draft to review",
                        "What is withheld, and why",
                        "Another child&#39;s information",
                        "A person&#39;s name",
                        "[police officer]",
                        "The draft, as the requester would read it",
                        "Role in the crime record",
                        "Victim")
                .doesNotContain(OFFICER.id(), "Person involved");

        assertThat(mvc.perform(post(request + "/redactions")
                                .with(as(SUPERVISOR))
                                .with(csrf())
                                .param("phrase", "Video call")
                                .param("redactionReason", "How the meeting was held is not the child's data here"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(request);
        assertThat(page(request, SUPERVISOR)).contains("Words you chose to withhold", "“Video call”");

        assertThat(mvc.perform(post(request + "/release")
                                .with(as(SUPERVISOR))
                                .with(csrf())
                                .param(
                                        "rationale",
                                        "Reviewed with the data protection officer: third parties withheld"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(request);
        String released = page(request, SUPERVISOR);
        assertThat(released)
                .contains("Released", "id=\"downloads\"", "Download the disclosure (PDF)", "SHA-256")
                .doesNotContain("Release the disclosure");

        MvcResult again = mvc.perform(post(request + "/release")
                        .with(as(SUPERVISOR))
                        .with(csrf())
                        .param("rationale", "A second click on the release button, answered as the first"))
                .andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(request);
        assertThat(again.getFlashMap().get("success")).isEqualTo("The disclosure was already released");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier = ?",
                        Integer.class,
                        "%SubjectAccessDisclosureReleasedEvent",
                        request.substring(request.lastIndexOf('/') + 1)))
                .isEqualTo(1);

        MockHttpServletResponse pdf = mvc.perform(
                        get(request + "/disclosure.pdf").with(as(SUPERVISOR)))
                .andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE actor_id = ? AND case_id = ?",
                        String.class,
                        SUPERVISOR.id(),
                        caseId))
                .contains("subject-access-requests", "subject-access-draft", "subject-access-disclosure-pdf");
    }

    String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(as(actor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
