package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's referral to children's social care reached no agency: the agency directory names no children's social
 * care agency serving the case's area at the time of the referral. The school must contact the area's front door
 * itself.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the case's area
 * @param referredAt         when the school referred
 */
@EventType("org.casebridge.agency.referral-not-routed.v1")
public record ReferralNotRoutedEvent(String caseId, String schoolUrn, String localAuthorityCode, Instant referredAt)
        implements AgencyEvent {}
