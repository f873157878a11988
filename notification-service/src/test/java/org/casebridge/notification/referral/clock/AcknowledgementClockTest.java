package org.casebridge.notification.referral.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.casebridge.platform.reference.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The acknowledgement clock on the platform's working days (ADR 0022, 0073). */
class AcknowledgementClockTest {

    private static final WorkingDays DAYS =
            WorkingDays.read(new ClassPathResource("reference/bank-holidays-england-and-wales.csv"));

    @Test
    void theClockCountsWorkingDaysUnlessAFixedTimeIsConfigured() {
        Instant referred = Instant.parse("2026-12-04T16:30:00Z");
        assertThat(new AcknowledgementClock(DAYS, 2, null).acknowledgeBy(referred))
                .isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(new AcknowledgementClock(DAYS, 1, Duration.ofSeconds(20)).acknowledgeBy(referred))
                .isEqualTo(referred.plus(Duration.ofSeconds(20)));
    }

    @Test
    void aReferralBeforeChristmasIsDueAfterTheBankHolidays() {
        // Thursday 24 December 2026: Christmas, the weekend, the Boxing Day substitute; due by the end of Tuesday 29
        assertThat(new AcknowledgementClock(DAYS, 1, null).acknowledgeBy(Instant.parse("2026-12-24T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));
    }
}
