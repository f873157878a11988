package org.casebridge.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aLadoReferralOnTheThursdayBeforeGoodFridayIsDueOnTheTuesdayAfterEasterMondayAtTheSameTime() {
        // Thursday 25 March 2027, 10:15 in London (GMT); the clocks go forward on Sunday 28: 10:15 BST is 09:15 UTC
        assertThat(DAYS.sameTimeNextWorkingDay(Instant.parse("2027-03-25T10:15:00Z")))
                .isEqualTo(Instant.parse("2027-03-30T09:15:00Z"));
        // Friday 27 November 2026: the Monday, no bank holiday in between
        assertThat(DAYS.sameTimeNextWorkingDay(Instant.parse("2026-11-27T10:15:30Z")))
                .isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
    }

    @Test
    void aTransferStartingOn21December2026IsDueAfterChristmasAndTheBoxingDaySubstituteAreSkipped() {
        // Monday 21 to Thursday 24 are four; Friday 25 Christmas, the weekend, Monday 28 the Boxing Day substitute:
        // the fifth is Tuesday 29
        assertThat(DAYS.endOfWorkingDaysFrom(LocalDate.parse("2026-12-21"), 5))
                .isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
        // a start at the weekend counts from the Monday
        assertThat(DAYS.endOfWorkingDaysFrom(LocalDate.parse("2026-11-28"), 5))
                .isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void theFileCoversTheYears2026To2028() {
        for (int year = 2026; year <= 2028; year++) {
            int y = year;
            assertThat(LocalDate.parse(year + "-01-01").datesUntil(LocalDate.parse((year + 1) + "-01-01")))
                    .as("bank holidays in %d", year)
                    .filteredOn(
                            day -> !DAYS.isWorkingDay(day) && day.getDayOfWeek().getValue() < 6)
                    .hasSize(8)
                    .allMatch(day -> day.getYear() == y);
        }
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2028-01-03")))
                .as("New Year's Day substitute")
                .isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.parse("2027-12-27")))
                .as("Christmas Day substitute")
                .isFalse();
    }

    @Test
    void theFileEndsWithinAYearFromTheFirstDayAfterBoxingDay2027() {
        assertThat(DAYS.endsWithinAYearOf(LocalDate.parse("2027-12-26"))).isFalse();
        assertThat(DAYS.endsWithinAYearOf(LocalDate.parse("2027-12-27"))).isTrue();
    }
}
