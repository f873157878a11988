package org.casebridge.notification.delivery.sharing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the events told this service about a case, enough to decide who may hear of it.
 *
 * @param localAuthorityCode the case's area, from the school's referral; null until a referral arrived
 * @param involvedSince      organisations invited to a strategy meeting on the case or owning one of its actions, with
 *                           the time (of the event that involved them) since when
 * @param actionOwners       the owning organisation of each strategy-meeting action, by action id
 * @param childrensSocialCareSince when the school first referred the case to children's social care (the time of the
 *                           referral or escalation naming it); null while it has not
 */
public record CaseFacts(
        String localAuthorityCode,
        Map<String, Instant> involvedSince,
        Map<String, String> actionOwners,
        Instant childrensSocialCareSince) {

    public CaseFacts {
        involvedSince = Map.copyOf(involvedSince);
        actionOwners = Map.copyOf(actionOwners);
    }

    public static CaseFacts unknown() {
        return new CaseFacts(null, Map.of(), Map.of(), null);
    }

    /**
     * Whether the organisation was involved in the case when an event happened: involvement entitles an agency to
     * what happens from then on, whatever order the two topics were consumed in.
     */
    public boolean involvedAt(String organisation, Instant eventTime) {
        Instant since = involvedSince.get(organisation);
        return since != null && !since.isAfter(eventTime);
    }

    /** Whether the school had referred the case to children's social care when an event happened. */
    public boolean referredToChildrensSocialCareAt(Instant eventTime) {
        return childrensSocialCareSince != null && !childrensSocialCareSince.isAfter(eventTime);
    }

    public Optional<String> area() {
        return Optional.ofNullable(localAuthorityCode);
    }
}
