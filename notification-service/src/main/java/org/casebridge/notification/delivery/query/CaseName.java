package org.casebridge.notification.delivery.query;

import java.time.Instant;

/**
 * What an agency has to tell one case from another, from the events it was sent about it: the school the school's
 * events named, when the school referred it, the case's area and when the agency first heard of it. A person reads
 * the case by these, never by its id (ADR 0052).
 *
 * @param schoolUrn  the school of a school event sent to the agency; null when none was
 * @param referredAt when the school referred it, if the referral was sent to the agency
 * @param caseReference the school's reference of the case (ADR 0062), such as {@code CPA-2026-0042}; null until it
 *     arrives, and never given without the school, whose short code it contains
 */
public record CaseName(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        Instant referredAt,
        Instant firstHeardAt,
        String caseReference) {

    /** The same case named with its school's reference, when the agency knows the school. */
    public CaseName withReference(String reference) {
        return schoolUrn == null
                ? this
                : new CaseName(caseId, schoolUrn, localAuthorityCode, referredAt, firstHeardAt, reference);
    }
}
