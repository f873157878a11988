package org.casebridge.platform.disclosure;

import java.time.Instant;

/**
 * The answer to a disclosure's release, in every service: when it was released, whether an earlier click already had
 * (ADR 0090), and the hashes of the files released then, from the aggregate, so a second click never depends on the
 * read model having caught up.
 */
public record DisclosureRelease(Instant releasedAt, boolean alreadyReleased, String pdfSha256, String jsonSha256) {}
