package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The officer's page for amending the crime record: the form, its errors, and the change with its history. */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class CrimeAmendmentPortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final String OFFICER_NAME = "PC Dana Webb";

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
        String caseId = withACrime(OFFICER);
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
