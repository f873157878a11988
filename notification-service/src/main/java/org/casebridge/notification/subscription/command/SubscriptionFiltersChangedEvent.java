package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** What the subscription entitles the agency to receive changed. */
@Revision("2")
public record SubscriptionFiltersChangedEvent(
        String subscriptionId, String agencyId, SubscriptionFilter filter, ActedBy by, Instant changedAt)
        implements SubscriptionEvent {}
