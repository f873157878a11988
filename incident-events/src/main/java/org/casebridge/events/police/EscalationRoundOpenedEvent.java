package org.casebridge.events.police;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A school's re-escalation opened a new round on the force's escalation, whatever its state (declined, accepted,
 * outcome assigned): it is new in the force's inbox again. The next {@link EscalationAcceptedEvent} or
 * {@link EscalationDeclinedEvent} answers this round. A police device decision that left deletion to the school is
 * withdrawn by the same re-escalation ({@link DeviceDecisionRecordedEventV2}, SCHOOL_DELETION_WITHDRAWN).
 *
 * @param caseId           the case
 * @param forceCode        the force that holds the escalation
 * @param round            the round now open: 1 is the first referral, so a re-escalation opens 2 or more
 * @param criteriaNewlyMet criteria codes met for the first time in this round (empty when the school sent new
 *                         information under criteria already met)
 * @param openedAt         when the round opened (the school's escalation time)
 */
@EventType("org.casebridge.police.escalation-round-opened.v1")
public record EscalationRoundOpenedEvent(
        String caseId, String forceCode, int round, List<String> criteriaNewlyMet, Instant openedAt)
        implements PoliceEvent {

    public EscalationRoundOpenedEvent {
        criteriaNewlyMet = List.copyOf(criteriaNewlyMet);
    }
}
