package org.casebridge.notification.subscription.command;

import java.util.Set;

/**
 * What a subscription entitles the agency to receive.
 *
 * @param eventTypes CloudEvents types of the published language, for example
 *                   {@code org.casebridge.school.referral-made.v1}
 * @param areas      local authority (ONS) codes, for example {@code E09000012}
 * @param scope      every case in the areas, or only the cases the agency is involved in
 */
public record SubscriptionFilter(Set<String> eventTypes, Set<String> areas, CaseScope scope) {

    public SubscriptionFilter {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }
}
