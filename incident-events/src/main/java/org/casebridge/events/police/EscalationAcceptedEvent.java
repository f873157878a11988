package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A liaison officer of a force accepted a school's escalation.
 *
 * @param caseId     the case
 * @param forceCode  the accepting force
 * @param acceptedAt when
 */
@EventType("org.casebridge.police.escalation-accepted.v1")
public record EscalationAcceptedEvent(String caseId, String forceCode, Instant acceptedAt) implements PoliceEvent {}
