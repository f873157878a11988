package org.casebridge.police.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class MopiReviewScheduleTest {

    @Test
    void indecentImagesOfChildrenAreGroupOneReviewedTenYearsAfterTheCrimeWasRecorded() {
        MopiReviewSchedule schedule = new MopiReviewSchedule(new ClassPathResource("reference/mopi-review.csv"));

        for (HocrClassification classification : HocrClassification.values()) {
            assertThat(schedule.of(classification).group()).isEqualTo(1);
            assertThat(schedule.of(classification).dueOn(LocalDate.of(2026, 2, 28)))
                    .isEqualTo(LocalDate.of(2036, 2, 28));
        }
        assertThat(schedule.ofCode("99/99")).isEmpty();
    }

    @Test
    void aScheduleMissingAClassificationOrWithAnUnknownGroupStopsTheStart() {
        assertThatThrownBy(() -> new MopiReviewSchedule(csv("86/02,1,10,Certain public protection matters\n")))
                .hasMessageContaining("no row for HOCR 86/10");
        assertThatThrownBy(() -> new MopiReviewSchedule(csv("86/02,4,10,None\n86/10,1,10,Group 1\n")))
                .hasMessageContaining("no group 4");
        assertThatThrownBy(() -> new MopiReviewSchedule(csv("12/34,1,10,Unknown\n")))
                .hasMessageContaining("unknown HOCR code 12/34");
    }

    private static ByteArrayResource csv(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
