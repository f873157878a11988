package org.casebridge.notification.referral.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Working days in England and Wales, and the acknowledgement clock built on them. */
class WorkingDaysTest {

    private static final WorkingDays DAYS =
            WorkingDays.read(new ClassPathResource("reference/bank-holidays-england-and-wales.csv"));

    @Test
    void aReferralOnAWeekdayIsDueByTheEndOfTheNextWorkingDay() {
        // Monday 30 November 2026, 10:00 in London (GMT)
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-11-30T10:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void aReferralOnFridayOrTheWeekendIsDueByTheEndOfMonday() {
        Instant endOfMonday = Instant.parse("2026-12-08T00:00:00Z");
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-12-04T16:30:00Z"), 1))
                .isEqualTo(endOfMonday);
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-12-06T11:00:00Z"), 1))
                .isEqualTo(endOfMonday);
    }

    @Test
    void bankHolidaysAreSkipped() {
        // Thursday 24 December 2026: Friday 25 is Christmas, 26-27 the weekend, Monday 28 the Boxing Day substitute
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-12-24T09:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
        // Thursday 2 April 2026: Good Friday, the weekend, Easter Monday
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-04-02T09:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-04-07T23:00:00Z"));
    }

    @Test
    void theDayIsLondonsNotUtcs() {
        // 23:30 UTC on Monday 29 June 2026 is already Tuesday in London (BST): due by the end of Wednesday
        assertThat(DAYS.endOfWorkingDaysAfter(Instant.parse("2026-06-29T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
    }

    @Test
    void theCalendarKnowsWhatItDoesNotKnow() {
        assertThat(DAYS.knownUntil()).isEqualTo(LocalDate.parse("2028-12-26"));
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2026-12-29"))).isTrue();
    }

    @Test
    void aMalformedBankHolidayStopsTheStart() {
        assertThatThrownBy(
                        () -> WorkingDays.read(new ByteArrayResource("date,name\n25/12/2026,Christmas\n".getBytes())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Line 2");
    }

    @Test
    void theClockCountsWorkingDaysUnlessAFixedTimeIsConfigured() {
        Instant referred = Instant.parse("2026-12-04T16:30:00Z");
        assertThat(new AcknowledgementClock(DAYS, 2, null).acknowledgeBy(referred))
                .isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(new AcknowledgementClock(DAYS, 1, Duration.ofSeconds(20)).acknowledgeBy(referred))
                .isEqualTo(referred.plusSeconds(20));
    }
}
