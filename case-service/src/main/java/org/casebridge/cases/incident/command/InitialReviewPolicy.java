package org.casebridge.cases.incident.command;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon after a report the initial review must be held. Local procedures differ, so it is configuration
 * ({@code casebridge.cases.initial-review-due}); the guidance asks for it "as soon as possible", and 24 hours is the
 * usual local expectation.
 */
public record InitialReviewPolicy(Duration dueWithin) {

    /** The usual local expectation. */
    public static final Duration DEFAULT_DUE_WITHIN = Duration.ofHours(24);

    public InitialReviewPolicy {
        Objects.requireNonNull(dueWithin, "dueWithin");
        if (dueWithin.isNegative() || dueWithin.isZero()) {
            throw new IllegalArgumentException("The initial review must be due after the report, not " + dueWithin);
        }
    }
}
