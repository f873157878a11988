package org.casebridge.police.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MopiReviewScheduleTest {

    @Test
    void indecentImagesOfChildrenAreGroupOneReviewedTenYearsAfterTheCrimeWasRecorded() {
        MopiReviewSchedule schedule = new MopiReviewSchedule(
                getClass().getResourceAsStream("/reference/mopi-review.csv"), "reference/mopi-review.csv");

        for (HocrClassification classification : HocrClassification.values()) {
            assertThat(schedule.of(classification).group()).isEqualTo(1);
            assertThat(schedule.of(classification).dueOn(LocalDate.of(2026, 2, 28)))
                    .isEqualTo(LocalDate.of(2036, 2, 28));
        }
        assertThat(schedule.ofCode("99/99")).isEmpty();
    }

    @Test
    void anEscalationDeclinedWithNoCrimeIsGroupThreeReviewedSixYearsAfterTheDecline() {
        MopiReviewSchedule schedule = new MopiReviewSchedule(
                getClass().getResourceAsStream("/reference/mopi-review.csv"), "reference/mopi-review.csv");

        assertThat(schedule.noCrime().group()).isEqualTo(3);
        assertThat(schedule.noCrime().dueOn(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThatThrownBy(() -> csv("86/02,1,10,Group 1\n86/10,1,10,Group 1\n"))
                .hasMessageContaining("no NO_CRIME row");
    }

    @Test
    void anEscalationTransferredAndNeverActedOnIsGroupThreeReviewedSixYearsAfterTheTransfer() {
        MopiReviewSchedule schedule = new MopiReviewSchedule(
                getClass().getResourceAsStream("/reference/mopi-review.csv"), "reference/mopi-review.csv");

        assertThat(schedule.transferred().group()).isEqualTo(3);
        assertThat(schedule.transferred().dueOn(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThatThrownBy(() -> csv("86/02,1,10,Group 1\n86/10,1,10,Group 1\nNO_CRIME,3,6,No crime\n"))
                .hasMessageContaining("no TRANSFERRED row");
    }

    @Test
    void aScheduleMissingAClassificationOrWithAnUnknownGroupStopsTheStart() {
        assertThatThrownBy(() -> csv("86/02,1,10,Certain public protection matters\n"))
                .hasMessageContaining("no row for HOCR 86/10");
        assertThatThrownBy(() -> csv("86/02,4,10,None\n86/10,1,10,Group 1\n")).hasMessageContaining("no group 4");
        assertThatThrownBy(() -> csv("12/34,1,10,Unknown\n")).hasMessageContaining("unknown HOCR code 12/34");
    }

    private static MopiReviewSchedule csv(String text) {
        return new MopiReviewSchedule(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
