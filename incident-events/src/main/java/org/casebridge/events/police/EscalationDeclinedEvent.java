package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force declined a school's escalation. The reason stays with the police; the school is told to follow up.
 *
 * @param caseId     the case
 * @param forceCode  the declining force
 * @param declinedAt when
 */
@EventType("org.casebridge.police.escalation-declined.v1")
public record EscalationDeclinedEvent(String caseId, String forceCode, Instant declinedAt) implements PoliceEvent {}
