package org.casebridge.cases.incident.query;

import java.time.Instant;

/** One event of a case: who, when, what and why. */
public record TimelineEntryView(
        long sequence,
        String type,
        String actorId,
        String actorRole,
        String actorOrganisation,
        Instant at,
        String what,
        String why) {}
