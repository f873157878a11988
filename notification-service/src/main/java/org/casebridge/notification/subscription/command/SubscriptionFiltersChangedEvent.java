package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What the subscription entitles the agency to receive changed. */
@Revision("1")
public record SubscriptionFiltersChangedEvent(
        String subscriptionId, String agencyId, SubscriptionFilter filter, String changedBy, Instant changedAt)
        implements SubscriptionEvent {}
