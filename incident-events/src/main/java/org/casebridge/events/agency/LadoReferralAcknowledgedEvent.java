package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The LADO acknowledged the school's referral (ADR 0055).
 *
 * @param caseId         the case
 * @param schoolUrn      the referring school
 * @param agencyId       the LADO
 * @param acknowledgedAt when
 * @param late           whether it came after the acknowledgement was due
 */
@EventType("org.casebridge.agency.lado-referral-acknowledged.v1")
public record LadoReferralAcknowledgedEvent(
        String caseId, String schoolUrn, String agencyId, Instant acknowledgedAt, boolean late)
        implements AgencyEvent {}
