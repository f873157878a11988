package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's referral to the LADO reached no one: the agency directory names no LADO serving the case's area at the
 * time of the referral (ADR 0065). The school must telephone its local authority's LADO itself.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the case's area
 * @param referredAt         when the school referred
 */
@EventType("org.casebridge.agency.lado-referral-not-routed.v1")
public record LadoReferralNotRoutedEvent(String caseId, String schoolUrn, String localAuthorityCode, Instant referredAt)
        implements AgencyEvent {}
