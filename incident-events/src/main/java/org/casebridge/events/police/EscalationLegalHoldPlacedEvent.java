package org.casebridge.events.police;

import java.time.Instant;
import java.util.Objects;
import org.casebridge.events.EventType;

/**
 * A force put its escalation of a case under a legal hold (ADR 0081, ADR 0087): every service holding copies of the
 * case's events keeps them until the hold is lifted. The hold's reason stays in police-liaison-service, sealed under
 * the case's key, and who placed it stays there too. The escalation is the force's record, so the school does not
 * appear: a consumer keys the hold by the case and the force.
 *
 * @param caseId    the case
 * @param forceCode the force holding the escalation, whose supervisor or auditor placed the hold
 * @param placedAt  when the hold was placed
 */
@EventType("org.casebridge.police.legal-hold-placed.v1")
public record EscalationLegalHoldPlacedEvent(String caseId, String forceCode, Instant placedAt) implements PoliceEvent {

    public EscalationLegalHoldPlacedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(forceCode, "forceCode");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}
