package org.casebridge.notification.referral.clock;

import java.time.Duration;
import java.time.Instant;
import org.casebridge.platform.reference.WorkingDays;

/**
 * When children's social care must acknowledge a school's referral: by the end of the next working day by default
 * (DOMAIN.md: "children's social care acknowledges a referral within 1 working day"). Configurable like every other
 * statutory clock: {@code casebridge.notification.csc.acknowledgement-working-days}, or a fixed
 * {@code acknowledgement-within} (for a local timescale given in hours, and for tests).
 */
public final class AcknowledgementClock {

    private final WorkingDays workingDays;
    private final int days;
    private final Duration within;

    public AcknowledgementClock(WorkingDays workingDays, int days, Duration within) {
        if (within == null && days < 1) {
            throw new IllegalArgumentException("The acknowledgement clock needs at least one working day");
        }
        this.workingDays = workingDays;
        this.days = days;
        this.within = within;
    }

    public Instant acknowledgeBy(Instant referredAt) {
        return within != null ? referredAt.plus(within) : workingDays.endOfWorkingDaysAfter(referredAt, days);
    }
}
