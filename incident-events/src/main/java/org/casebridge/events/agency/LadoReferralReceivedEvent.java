package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's LADO referral reached the LADO the agency directory gives the case's area (ADR 0055).
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param agencyId           the LADO (agency directory id)
 * @param localAuthorityCode the case's area
 * @param referredAt         when the school referred
 * @param acknowledgeBy      when the LADO's acknowledgement is due (one working day)
 */
@EventType("org.casebridge.agency.lado-referral-received.v1")
public record LadoReferralReceivedEvent(
        String caseId,
        String schoolUrn,
        String agencyId,
        String localAuthorityCode,
        Instant referredAt,
        Instant acknowledgeBy)
        implements AgencyEvent {}
