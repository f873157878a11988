package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Deliveries stopped. */
@Revision("1")
public record SubscriptionPausedEvent(String subscriptionId, String agencyId, String pausedBy, Instant pausedAt)
        implements SubscriptionEvent {}
