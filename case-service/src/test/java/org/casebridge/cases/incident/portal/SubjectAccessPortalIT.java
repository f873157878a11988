package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.sar.NotificationStandIn;
import org.casebridge.platform.disclosure.Digests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A subject access request in the DSL portal (ADR 0057): from the case page to the case's requests, the start form
 * (with the error summary), the review page with the draft and what is withheld and why, a phrase withheld, the
 * release (a second click harmless) and the download of the PDF, recorded in the access log. The school's auditor is
 * refused, another school finds nothing.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class SubjectAccessPortalIT extends CasePortalSteps {

    @DynamicPropertySource
    static void notificationService(DynamicPropertyRegistry properties) {
        NotificationStandIn.configure(properties);
    }

    @Test
    void theDslStartsReviewsWithholdsAndReleasesADisclosureAndDownloadsIt() throws Exception {
        var me = dsl("dsl.sar." + UUID.randomUUID());
        String caseId = reportedCase(me, true);
        String casePath = "/portal/cases/" + caseId;
        awaitShown(casePath, me);
        String list = casePath + "/subject-access";
        assertThat(page(get(casePath).with(me))).contains(list, "Subject access requests");
        String form = casePath + "/children/child-1/subject-access";
        assertThat(page(get(list).with(me)))
                .contains(
                        "No subject access request has been made", form, "Start a subject access request for child-1");
        assertThat(page(get(form).with(me))).contains("Who made the request?", "Reason and identity check");

        assertThat(page(post(form).with(me).with(csrf())))
                .contains(
                        "<title>Error: Start a subject access request for child-1",
                        "There is a problem",
                        "Enter who made the request and how they relate to the child",
                        "href=\"#requester\"");
        assertThat(page(withFields(post(form), Map.of("requester", "The child's mother", "reason", "By letter"))
                        .with(me)
                        .with(csrf())))
                .contains("There is a problem", "at least 20 characters");

        MvcResult started = answer(
                form,
                me,
                Map.of(
                        "requester",
                        "The child's mother, by letter",
                        "reason",
                        "Request under UK GDPR Art 15; identity checked in person."));
        assertThat(started.getFlashMap().get("success")).isEqualTo("The subject access request for child-1 is started");
        String review = started.getResponse().getHeader("Location");
        assertThat(review).startsWith("/portal/subject-access/");
        String requestId = review.substring("/portal/subject-access/".length());

        String draft = page(get(review).with(me));
        assertThat(draft)
                .contains(
                        "Subject access request for child-1",
                        "Draft to review",
                        "What is withheld, and why",
                        "A member of staff&#39;s name",
                        "DPA 2018 Sch 2 para 16",
                        "Amira",
                        "Hussain",
                        "The draft, as the requester would read it",
                        "Information shared with agencies",
                        "Birmingham Children&#39;s Trust (demo)",
                        "Withhold these words",
                        "Release the disclosure")
                .doesNotContain("id=\"downloads\"");

        MvcResult withheld = answer(
                review + "/redactions",
                me,
                Map.of(
                        "phrase",
                        "member of staff found out",
                        "redactionReason",
                        "Stands for a third party in this test: withheld everywhere"));
        assertThat(withheld.getFlashMap().get("success")).isEqualTo("The words are withheld");
        String afterRedaction = page(get(review).with(me));
        assertThat(afterRedaction)
                .contains("id=\"chosen-redactions\"", "Third-party information chosen by the DSL", "[withheld]");

        assertThat(page(post(review + "/release").with(me).with(csrf())))
                .contains("There is a problem", "Enter why the disclosure can be released as it stands");
        Map<String, String> release =
                Map.of("rationale", "Reviewed with the headteacher: every third party is withheld.");
        MvcResult released = answer(review + "/release", me, release);
        assertThat(released.getFlashMap().get("success")).isEqualTo("The disclosure is released");
        MvcResult again = mvc.perform(
                        withFields(post(review + "/release"), release).with(me).with(csrf()))
                .andReturn();
        assertThat(again.getFlashMap().get("success")).isEqualTo("The disclosure was already released");

        String done = page(get(review).with(me));
        assertThat(done)
                .contains("Released", "id=\"downloads\"", "Download the disclosure (PDF)")
                .doesNotContain("Withhold these words");
        MvcResult pdf = mvc.perform(get(review + "/disclosure.pdf").with(me)).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(done).contains(Digests.sha256(bytes));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Amira", "[withheld]", "What was withheld, and why")
                    .doesNotContainIgnoringCase("member of staff found out");
        }
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND path = ?",
                        String.class,
                        requestId,
                        review + "/disclosure.pdf"))
                .containsExactly("subject-access-disclosure-pdf");
        assertThat(page(get(list).with(me))).contains(review, "Released");

        page(get(review).with(user("auditor.sar", "AUDITOR", SCHOOL)), 403);
        page(get(review + "/disclosure.pdf").with(user("auditor.sar", "AUDITOR", SCHOOL)), 403);
        page(get(review).with(user("dsl.other", "SCHOOL_DSL", OTHER_SCHOOL)), 404);
        page(get(review + "/disclosure.json").with(user("dsl.other", "SCHOOL_DSL", OTHER_SCHOOL)), 404);
    }
}
