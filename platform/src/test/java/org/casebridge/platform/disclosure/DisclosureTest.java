package org.casebridge.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final String OTHER_CHILD = "Another child's identity";
    private static final String WHY = "UK GDPR Art 15(4); DPA 2018 Sch 2 para 16";

    @Test
    void aFullNameIsWithheldAsOneBeforeItsGivenNameAndEachPlaceIsListedOnce() {
        Redactor redactor = new Redactor(List.of(
                new Redactor.Term("Sam", OTHER_CHILD, "[child-2]", WHY),
                new Redactor.Term("Sam Okoro", OTHER_CHILD, "[child-2]", WHY)));

        String text = redactor.redact("Timeline, entry 1, why", "SAM OKORO sent it; sam said so. Samantha did not.");

        assertThat(text).isEqualTo("[child-2] sent it; [child-2] said so. Samantha did not.");
        assertThat(redactor.redactions())
                .containsExactly(new Redaction(1, "Timeline, entry 1, why", OTHER_CHILD, "[child-2]", WHY, 2));
    }

    @Test
    void aTermOfOneLetterIsNotMatchedAndNullTextStaysNull() {
        Redactor redactor = new Redactor(List.of(new Redactor.Term("A", OTHER_CHILD, "[child-2]", WHY)));

        assertThat(redactor.redact("x", "A. Kaur and a friend")).isEqualTo("A. Kaur and a friend");
        assertThat(redactor.redact("x", null)).isNull();
        assertThat(redactor.redactions()).isEmpty();
    }

    @Test
    void thePdfCarriesEverySectionAndTheRedactionListAsText() throws Exception {
        DisclosureDocument document = new DisclosureDocument(
                "Subject access disclosure <child-1>",
                List.of("Requested by: the child's mother & father"),
                List.of(new DisclosureDocument.Section(
                        "Timeline",
                        "Every entry of the case.",
                        List.of("When", "What"),
                        List.of(List.of("1 December 2026", "Incident reported by [child-2]\u0001")))),
                List.of(new Redaction(1, "Timeline, entry 1, what", OTHER_CHILD, "[child-2]", WHY, 1)));

        byte[] pdf = DisclosurePdf.render(document);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Subject access disclosure <child-1>")
                    .contains("the child's mother & father")
                    .contains("Incident reported by [child-2]")
                    .contains("What was withheld, and why")
                    .contains("R1. Timeline, entry 1, what: Another child's identity, shown as [child-2] (once). Why: "
                            + WHY);
        }
        assertThat(Digests.sha256(pdf)).hasSize(64).isEqualTo(Digests.sha256(pdf.clone()));
    }
}
