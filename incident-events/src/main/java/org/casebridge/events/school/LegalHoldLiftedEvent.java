package org.casebridge.events.school;

import java.time.Instant;
import java.util.Objects;
import org.casebridge.events.EventType;

/**
 * A school lifted the legal hold on a case (ADR 0082): from now on the case's copies are erased by the next retention
 * run that finds them due. The reason for lifting it stays in case-service.
 *
 * @param caseId              the case
 * @param schoolUrn           the school whose case it is
 * @param holdingOrganisation the organisation the person who lifted the hold acted for (the school's URN)
 * @param liftedAt            when the hold was lifted
 */
@EventType("org.casebridge.school.legal-hold-lifted.v1")
public record LegalHoldLiftedEvent(String caseId, String schoolUrn, String holdingOrganisation, Instant liftedAt)
        implements SchoolEvent {

    public LegalHoldLiftedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(holdingOrganisation, "holdingOrganisation");
        Objects.requireNonNull(liftedAt, "liftedAt");
    }
}
