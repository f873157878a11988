package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * One working day passed since the referral without an acknowledgement from children's social care.
 *
 * @param caseId        the case
 * @param schoolUrn     the referring school
 * @param agencyId      the agency
 * @param acknowledgeBy when the acknowledgement was due
 * @param flaggedAt     when the clock ran out
 */
@EventType("org.casebridge.agency.referral-acknowledgement-overdue.v1")
public record ReferralAcknowledgementOverdueEvent(
        String caseId, String schoolUrn, String agencyId, Instant acknowledgeBy, Instant flaggedAt)
        implements AgencyEvent {}
