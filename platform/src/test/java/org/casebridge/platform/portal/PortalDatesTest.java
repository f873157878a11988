package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalDatesTest {

    private static PortalForm form(String day, String month, String year, String time) {
        return PortalForm.of(Map.of(
                "at-day",
                List.of(day),
                "at-month",
                List.of(month),
                "at-year",
                List.of(year),
                "at-time",
                List.of(time)));
    }

    @Test
    void readsADateAndTimeAsUkTime() {
        assertThat(PortalDates.instant(form("27", "11", "2026", "14:30"), "at", "the date"))
                .isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
        assertThat(PortalDates.instant(form("1", "7", "2026", "9:05"), "at", "the date"))
                .as("British Summer Time")
                .isEqualTo(Instant.parse("2026-07-01T08:05:00Z"));
    }

    @Test
    void anUntypedTimeTakesTheDefaultWhereThereIsOne() {
        assertThat(PortalDates.instant(form("2", "12", "2026", ""), "at", "the due date", LocalTime.of(17, 0)))
                .isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
        PortalForm required = form("2", "12", "2026", "");
        assertThat(PortalDates.instant(required, "at", "the date")).isNull();
        assertThat(required.error("at-time")).isEqualTo("Enter the time, like 14:30");
    }

    @Test
    void rejectsMissingImpossibleAndBadlyWrittenDates() {
        PortalForm missing = form("27", "", "2026", "14:30");
        assertThat(PortalDates.instant(missing, "at", "the date of the meeting"))
                .isNull();
        assertThat(missing.error("at-day")).isEqualTo("Enter the date of the meeting as a day, month and year");

        PortalForm impossible = form("31", "2", "2026", "14:30");
        assertThat(PortalDates.date(impossible, "at", "the date of the meeting"))
                .isNull();
        assertThat(impossible.error("at-day")).isEqualTo("The date of the meeting must be a real date");

        PortalForm badTime = form("27", "11", "2026", "half two");
        assertThat(PortalDates.instant(badTime, "at", "the date")).isNull();
        assertThat(badTime.error("at-time")).isEqualTo("Enter the time on the 24-hour clock, like 14:30");
    }

    @Test
    void showsDatesAsPeopleReadThem() {
        assertThat(PortalDates.shown(Instant.parse("2026-07-01T08:05:00Z"))).isEqualTo("1 July 2026 at 09:05");
        assertThat(PortalDates.shown((Instant) null)).isEmpty();
    }
}
