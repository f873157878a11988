package org.casebridge.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class RetentionScheduleTest {

    private final RetentionSchedule schedule =
            new RetentionSchedule(new ClassPathResource("reference/retention-schedules.csv"));

    @Test
    void aSchoolKeepsAChildProtectionRecordUntilTheEndOfTheYearTheYoungestChildTurns25() {
        assertThat(schedule.keepUntil(List.of(2011, 2012))).isEqualTo(LocalDate.of(2037, 12, 31));
        assertThat(schedule.description()).isEqualTo("school child protection record: date of birth + 25 years");
    }

    @Test
    void aChildWithoutADateOfBirthCountsAsBornAsLateAsTheirAgeAllows() {
        assertThat(RetentionSchedule.latestYearOfBirth(14, 2026)).isEqualTo(2012);
        assertThat(schedule.keepUntil(List.of(2010, RetentionSchedule.latestYearOfBirth(14, 2026))))
                .isEqualTo(LocalDate.of(2037, 12, 31));
    }

    @Test
    void aScheduleWithoutTheSchoolRecordOrWithAnotherAnchorStopsTheStart() {
        assertThatThrownBy(() -> new RetentionSchedule(csv("kind,record,years,anchor,rounding,source\n")))
                .hasMessageContaining("no CHILD_PROTECTION_RECORD row");
        assertThatThrownBy(() -> new RetentionSchedule(
                        csv("SCHOOL,CHILD_PROTECTION_RECORD,25,DATE_OF_REPORT,END_OF_YEAR,guess\n")))
                .hasMessageContaining("YOUNGEST_CHILD_DATE_OF_BIRTH");
        assertThatThrownBy(() -> new RetentionSchedule(
                        csv("SCHOOL,CHILD_PROTECTION_RECORD,0,YOUNGEST_CHILD_DATE_OF_BIRTH,END_OF_YEAR,guess\n")))
                .hasMessageContaining("no time at all");
    }

    private static ByteArrayResource csv(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
