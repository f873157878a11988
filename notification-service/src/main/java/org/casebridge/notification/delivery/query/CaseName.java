package org.casebridge.notification.delivery.query;

import java.time.Instant;

/**
 * What an agency has to tell one case from another, from the events it was sent about it: the school the school's
 * events named, when the school referred it, the case's area and when the agency first heard of it. A person reads
 * the case by these, never by its id (ADR 0052).
 *
 * @param schoolUrn  the school of a school event sent to the agency; null when none was
 * @param referredAt when the school referred it, if the referral was sent to the agency
 */
public record CaseName(
        String caseId, String schoolUrn, String localAuthorityCode, Instant referredAt, Instant firstHeardAt) {}
