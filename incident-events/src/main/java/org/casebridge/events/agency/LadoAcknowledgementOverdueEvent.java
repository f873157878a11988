package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * One working day passed since the school's referral reached the LADO without the LADO's acknowledgement (ADR 0065).
 *
 * @param caseId        the case
 * @param schoolUrn     the referring school
 * @param agencyId      the LADO
 * @param acknowledgeBy when the acknowledgement was due
 * @param flaggedAt     when the clock ran out
 */
@EventType("org.casebridge.agency.lado-acknowledgement-overdue.v1")
public record LadoAcknowledgementOverdueEvent(
        String caseId, String schoolUrn, String agencyId, Instant acknowledgeBy, Instant flaggedAt)
        implements AgencyEvent {}
