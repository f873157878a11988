package org.casebridge.cases.sar.api;

import java.time.Instant;

/** The answer to a release: when it was released and whether an earlier click already had. */
public record SubjectAccessRelease(Instant releasedAt, boolean alreadyReleased) {}
