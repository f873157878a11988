package org.casebridge.notification.delivery.intake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the events told this service about a case, enough to decide who may hear of it.
 *
 * @param localAuthorityCode the case's area, from the school's referral; null until a referral arrived
 * @param involved           organisations invited to a strategy meeting on the case or owning one of its actions
 * @param actionOwners       the owning organisation of each strategy-meeting action, by action id
 */
public record CaseFacts(String localAuthorityCode, Set<String> involved, Map<String, String> actionOwners) {

    public CaseFacts {
        involved = Set.copyOf(involved);
        actionOwners = Map.copyOf(actionOwners);
    }

    public static CaseFacts unknown() {
        return new CaseFacts(null, Set.of(), Map.of());
    }

    public Optional<String> area() {
        return Optional.ofNullable(localAuthorityCode);
    }
}
