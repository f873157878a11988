package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force passed a school's escalation to another force (for example the child lives in another area).
 *
 * @param caseId        the case
 * @param forceCode     the force that transferred it
 * @param toForceCode   the force that now holds it
 * @param transferredAt when
 */
@EventType("org.casebridge.police.escalation-transferred.v1")
public record EscalationTransferredEvent(String caseId, String forceCode, String toForceCode, Instant transferredAt)
        implements PoliceEvent {}
