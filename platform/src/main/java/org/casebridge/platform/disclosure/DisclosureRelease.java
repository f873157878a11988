package org.casebridge.platform.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The answer to a disclosure's release, in every service: when it was released, whether an earlier click already had
 * (ADR 0090), and the hashes of the files released then, from the aggregate, so a second click never depends on the
 * read model having caught up.
 */
public record DisclosureRelease(Instant releasedAt, boolean alreadyReleased, String pdfSha256, String jsonSha256) {

    /**
     * The time a release is recorded with: now, to the microsecond, as PostgreSQL keeps it. A second click is answered
     * by the aggregate or, once it shows the release, by the read model; both then name the instant the first click
     * was answered with, not one that differs in its last three digits.
     */
    public static Instant timeOf(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
