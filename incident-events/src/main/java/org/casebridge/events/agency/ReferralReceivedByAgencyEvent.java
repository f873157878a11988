package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's referral to children's social care reached the agency the agency directory gives the case's area, and
 * its acknowledgement clock started.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param agencyId           the children's social care agency (agency directory id)
 * @param localAuthorityCode the case's area
 * @param referredAt         when the school referred
 * @param acknowledgeBy      when the acknowledgement is due (one working day)
 */
@EventType("org.casebridge.agency.referral-received.v1")
public record ReferralReceivedByAgencyEvent(
        String caseId,
        String schoolUrn,
        String agencyId,
        String localAuthorityCode,
        Instant referredAt,
        Instant acknowledgeBy)
        implements AgencyEvent {}
