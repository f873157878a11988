package org.casebridge.platform.access;

import java.time.Instant;

/**
 * One read of a record: who (user, role, organisation), what, which case, when, and why where the reader said.
 *
 * @param path the request path read, without its query (queries may carry search terms)
 */
public record AccessEntry(
        long id,
        Instant at,
        String actorId,
        String actorRole,
        String actorOrganisation,
        String what,
        String caseId,
        String path,
        String purpose) {}
