package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.CaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Child protection file transfer in the portal (ADR 0054): Clapton Park's DSL sends child-1's record from the case
 * page (a form with the error summary), Hollybank's DSL finds it under "Records transferred to us", opens it
 * (recorded) and confirms receipt, and Clapton Park's case page shows the receipt. Nobody else finds the record.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class TransferPortalIT extends CasePortalSteps {

    @Test
    void theOldSchoolSendsTheRecordAndTheNewSchoolOpensAndConfirmsIt() throws Exception {
        var sender = dsl("dsl.transfer." + UUID.randomUUID());
        var receiver = user("dsl.hollybank." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        String caseId = reportedCase(sender, true);
        String casePath = "/portal/cases/" + caseId;
        awaitShown(casePath, sender);
        String form = casePath + "/children/child-1/transfer";
        assertThat(page(get(casePath).with(sender))).contains(form, "Send the record of child-1 to a new school");
        assertThat(page(get(form).with(sender)))
                .contains("Send the record of child-1 to the new school", "toSchoolUrn");

        assertThat(page(post(form).with(sender).with(csrf())))
                .contains(
                        "<title>Error: Send the record of child-1",
                        "There is a problem",
                        "Enter the URN of the school the child moves to",
                        "Enter the day the child starts at the new school as a day, month and year",
                        "href=\"#toSchoolUrn\"");
        assertThat(page(withFields(post(form), answers("999999")).with(sender).with(csrf())))
                .contains("There is a problem", "No school with that URN is known");
        assertThat(page(withFields(post(form), answers(SCHOOL)).with(sender).with(csrf())))
                .contains("There is a problem", "Enter the URN of the new school, not this one");

        MvcResult sent = answer(form, sender, answers(OTHER_SCHOOL));
        assertThat(sent.getFlashMap().get("success"))
                .isEqualTo("The record of child-1 is sent to Hollybank Academy (URN 103456)");
        assertThat(page(get(casePath).with(sender))).contains("id=\"transfers\"", "Awaited");
        String transferId = jdbc.queryForObject(
                "SELECT transfer_id::text FROM case_transfer WHERE case_id = ?::uuid", String.class, caseId);

        String record = "/portal/transfers/" + transferId;
        await().atMost(PATIENCE)
                .until(() -> page(get("/portal/transfers").with(receiver)).contains(record));
        assertThat(page(get("/portal/transfers").with(receiver))).contains("Records transferred to us", "To confirm");
        assertThat(page(get(record).with(receiver)))
                .contains("Amira Hussain", "H801200001001", "id=\"other-children\">child-2<", "Confirm receipt")
                .as("the day the child starts, in words")
                .contains(">1 December 2026<")
                .doesNotContain("2026-12-01");
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND path = ?", String.class, transferId, record))
                .containsExactly("transferred-child-record");
        assertThat(page(get(record).with(receiver)))
                .as("the sender, of another school, by their role only (ADR 0068)")
                .contains(" by a designated safeguarding lead<")
                .doesNotContain("dsl.transfer.", "by A. Kaur");
        page(get(record).with(sender), 404);
        page(get(record).with(user("dsl.third", "SCHOOL_DSL", "105520")), 404);
        assertThat(page(get("/portal/transfers").with(sender))).doesNotContain(record);

        MvcResult confirmed = mvc.perform(
                        post(record + "/receipt").with(receiver).with(csrf()))
                .andReturn();
        assertThat(confirmed.getResponse().getHeader("Location")).isEqualTo(record);
        assertThat(confirmed.getFlashMap().get("success")).isEqualTo("Receipt is confirmed");
        MvcResult again = mvc.perform(post(record + "/receipt").with(receiver).with(csrf()))
                .andReturn();
        assertThat(again.getFlashMap().get("success")).isEqualTo("Receipt was already confirmed");
        await().atMost(PATIENCE).until(() -> page(get(record).with(receiver)).contains("Confirmed "));
        assertThat(page(get(record).with(receiver))).doesNotContain("id=\"confirm-receipt\"");
        assertThat(page(get(record).with(receiver)))
                .as("who confirmed, of the reader's own school, by their name")
                .containsPattern("Confirmed [^<]+ by A\\. Kaur<")
                .doesNotContain("dsl.hollybank.");

        await().atMost(PATIENCE).until(() -> page(get(casePath).with(sender)).contains("Received"));
    }

    private static Map<String, String> answers(String urn) {
        return Map.of(
                "toSchoolUrn",
                urn,
                "startsOn-day",
                "1",
                "startsOn-month",
                "12",
                "startsOn-year",
                "2026",
                "reason",
                "child-1 starts at the new school on 1 December; the family moved.");
    }
}
