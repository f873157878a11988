package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Deliveries resumed. */
@Revision("1")
public record SubscriptionResumedEvent(String subscriptionId, String agencyId, String resumedBy, Instant resumedAt)
        implements SubscriptionEvent {}
