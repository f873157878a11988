package org.casebridge.police.escalation.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * When a strategy meeting is due after a referral (Working Together to Safeguard Children 2023): the same day where
 * a child is at immediate risk of harm, otherwise within a configurable time.
 *
 * @param within the time allowed when no child is at immediate risk
 * @param zone   the zone whose calendar day "the same day" means
 */
public record StrategyMeetingClock(Duration within, ZoneId zone) {

    /** The school's immediate-referral criterion that makes the meeting a same-day one. */
    public static final String IMMEDIATE_RISK_CRITERION = "IMMEDIATE_RISK_OF_HARM";

    /** Local timescales commonly ask for the meeting within 72 hours; configurable per deployment. */
    public static final Duration DEFAULT_WITHIN = Duration.ofHours(72);

    /** Casebridge serves forces in England and Wales. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public StrategyMeetingClock {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(zone, "zone");
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("The strategy meeting clock must allow some time");
        }
    }

    public static StrategyMeetingClock defaults() {
        return new StrategyMeetingClock(DEFAULT_WITHIN, UK);
    }

    /** The end of the referral's day where a child is at immediate risk, otherwise {@link #within()} after it. */
    public Instant dueBy(Instant referredAt, Collection<String> criteriaMet) {
        if (criteriaMet.contains(IMMEDIATE_RISK_CRITERION)) {
            return referredAt
                    .atZone(zone)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
        }
        return referredAt.plus(within);
    }
}
