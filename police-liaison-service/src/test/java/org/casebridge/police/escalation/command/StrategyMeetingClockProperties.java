package org.casebridge.police.escalation.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StrategyMeetingClockProperties {

    @Provide
    Arbitrary<Instant> referrals() {
        return Arbitraries.longs()
                .between(
                        Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2035-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Property
    void aChildAtImmediateRiskMeansTheEndOfTheSameUkDay(@ForAll("referrals") Instant referredAt) {
        Instant dueBy = StrategyMeetingClock.defaults()
                .dueBy(referredAt, List.of("ADULT_INVOLVED", StrategyMeetingClock.IMMEDIATE_RISK_CRITERION));

        assertThat(dueBy).isAfter(referredAt);
        assertThat(Duration.between(referredAt, dueBy)).isLessThanOrEqualTo(Duration.ofHours(25));
        assertThat(dueBy.atZone(StrategyMeetingClock.UK).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(dueBy.minusSeconds(1).atZone(StrategyMeetingClock.UK).toLocalDate())
                .isEqualTo(referredAt.atZone(StrategyMeetingClock.UK).toLocalDate());
    }

    @Property
    void otherwiseTheConfiguredTimeAfterTheReferral(
            @ForAll("referrals") Instant referredAt, @ForAll @IntRange(min = 1, max = 240) int hours) {
        StrategyMeetingClock clock = new StrategyMeetingClock(Duration.ofHours(hours), StrategyMeetingClock.UK);

        assertThat(clock.dueBy(referredAt, List.of("COERCION_OR_GROOMING_OR_CAPACITY")))
                .isEqualTo(referredAt.plus(Duration.ofHours(hours)));
    }
}
