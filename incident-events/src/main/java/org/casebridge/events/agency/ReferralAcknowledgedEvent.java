package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * Children's social care acknowledged the school's referral.
 *
 * @param caseId         the case
 * @param schoolUrn      the referring school
 * @param agencyId       the agency
 * @param acknowledgedAt when
 * @param late           whether it came after the acknowledgement was due
 */
@EventType("org.casebridge.agency.referral-acknowledged.v1")
public record ReferralAcknowledgedEvent(
        String caseId, String schoolUrn, String agencyId, Instant acknowledgedAt, boolean late)
        implements AgencyEvent {}
