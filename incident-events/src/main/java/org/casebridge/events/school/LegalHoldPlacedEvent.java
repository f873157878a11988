package org.casebridge.events.school;

import java.time.Instant;
import java.util.Objects;
import org.casebridge.events.EventType;

/**
 * A school put a case under a legal hold (ADR 0082): nothing of the case may be erased by retention anywhere until
 * the hold is lifted, so every service holding copies of the case's events keeps them. The hold's reason stays in
 * case-service, sealed under the case's key: it is free text and may name people.
 *
 * @param caseId              the case
 * @param schoolUrn           the school whose case it is
 * @param holdingOrganisation the organisation the person who placed the hold acted for (the school's URN: its DSL or
 *                            its auditor)
 * @param placedAt            when the hold was placed
 */
@EventType("org.casebridge.school.legal-hold-placed.v1")
public record LegalHoldPlacedEvent(String caseId, String schoolUrn, String holdingOrganisation, Instant placedAt)
        implements SchoolEvent {

    public LegalHoldPlacedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(holdingOrganisation, "holdingOrganisation");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}
