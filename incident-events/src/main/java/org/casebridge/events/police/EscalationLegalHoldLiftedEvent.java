package org.casebridge.events.police;

import java.time.Instant;
import java.util.Objects;
import org.casebridge.events.EventType;

/**
 * A force lifted the legal hold on its escalation of a case (ADR 0081, ADR 0087): from now on the case's copies are
 * erased by the next retention run that finds them due, unless the school holds the case too. The reason for lifting
 * it stays in police-liaison-service.
 *
 * @param caseId    the case
 * @param forceCode the force holding the escalation when the hold was lifted (after a transfer, the receiving force)
 * @param liftedAt  when the hold was lifted
 */
@EventType("org.casebridge.police.legal-hold-lifted.v1")
public record EscalationLegalHoldLiftedEvent(String caseId, String forceCode, Instant liftedAt) implements PoliceEvent {

    public EscalationLegalHoldLiftedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(forceCode, "forceCode");
        Objects.requireNonNull(liftedAt, "liftedAt");
    }
}
