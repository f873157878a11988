package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.reference.HocrClassification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The officer's page for amending the crime record: the form, its errors, and the change with its history. */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class CrimeAmendmentPortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final String OFFICER_NAME = "PC Dana Webb";

    @Autowired
    CommandGateway commands;

    String withACrime() throws Exception {
        String caseId = received(
                SchoolReferral.to(FORCE).policeOnly().referredAt(Instant.now().minusSeconds(7200)));
        commands.sendAndWait(new AcceptEscalationCommand(caseId, OFFICER.actedBy()));
        commands.sendAndWait(new RecordCrimeCommand(
                caseId,
                OFFICER.actedBy(),
                HocrClassification.TAKE_MAKE_DISTRIBUTE,
                String.format("20/%06d/26", (int) (Math.random() * 1_000_000)),
                null,
                List.of(
                        new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                        new ChildRoleAssignment("child-2", ChildRole.PERSON_INVOLVED))));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> queries.detail(caseId, OFFICER).crime() != null);
        return caseId;
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(as()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static OidcLoginRequestPostProcessor as() {
        return PortalSignIn.as(OFFICER.id(), OFFICER.role().name(), OFFICER.organisation(), OFFICER_NAME);
    }

    @Test
    void aReclassificationNeedsItsReasonAndKeepsTheOldClassificationInTheHistory() throws Exception {
        String caseId = withACrime();
        String base = "/portal/escalations/" + caseId + "/crime-amendments";
        assertThat(page("/portal/escalations/" + caseId)).contains("Amend the crime record");
        assertThat(page(base)).contains("Amend the crime record", "No changes yet", "Reclassify the crime");

        String errors = mvc.perform(
                        post(base + "/reclassification").with(as()).with(csrf()).param("classification", "86/10"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errors).contains("There is a problem", "Enter why the crime is reclassified");

        mvc.perform(post(base + "/reclassification")
                        .with(as())
                        .with(csrf())
                        .param("classification", "86/10")
                        .param("reclassificationReason", "Child-2 received the image and did not share it"))
                .andExpect(redirectedUrl(base));
        assertThat(page(base))
                .as("who amended, by name to their own force and never by user id (ADR 0068)")
                .contains("86/02", "86/10", "did not share it", OFFICER_NAME + ", ")
                .doesNotContain(OFFICER.id());

        String suspect = mvc.perform(post(base + "/child-role")
                        .with(as())
                        .with(csrf())
                        .param("childRef", "child-2")
                        .param("role", "SUSPECT")
                        .param("roleReason", "Shared it with the year group"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(suspect).contains("There is a problem", "only where aggravating");
    }
}
