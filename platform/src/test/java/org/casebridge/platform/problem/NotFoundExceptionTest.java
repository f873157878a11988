package org.casebridge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotFoundExceptionTest {

    @Test
    void namesAnIdOfTheShapeCasebridgeHandsOut() {
        assertThat(new NotFoundException("case", "0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11").getMessage())
                .isEqualTo("No case 0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11 was found.");
        assertThat(new NotFoundException("child", "case-1/child-2").getMessage())
                .isEqualTo("No child case-1/child-2 was found.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Jane Smith",
                "x\u0000y",
                "line\nbreak",
                "caf\u00e9",
                "../../etc/passwd",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                ""
            })
    void neverRepeatsWhatDoesNotLookLikeAnId(String sent) {
        String detail = new NotFoundException("case", sent).getMessage();

        assertThat(detail).isEqualTo("No case with that id was found.");
    }

    @Test
    void aMissingIdIsLeftOut() {
        assertThat(new NotFoundException("subscription", null).getMessage())
                .isEqualTo("No subscription with that id was found.");
        assertThat(NotFoundException.none("portal home page").getMessage()).isEqualTo("No portal home page was found.");
    }

    @Test
    void aParticularAnswerKeepsItsOwnWordsAndStillLeavesOutWhatIsNotAnId() {
        java.time.Instant asOf = java.time.Instant.parse("2026-12-01T09:00:00Z");

        assertThat(new org.casebridge.platform.history.AsOfTooEarlyException("case", "case-1", asOf).getMessage())
                .startsWith("No case case-1 at 2026-12-01T09:00:00Z (it did not exist yet;")
                .endsWith(" was found.");
        assertThat(new org.casebridge.platform.history.AsOfTooEarlyException("case", "<b>", asOf).getMessage())
                .startsWith("No case with that id at 2026-12-01T09:00:00Z (it did not exist yet;")
                .doesNotContain("<b>");
    }
}
