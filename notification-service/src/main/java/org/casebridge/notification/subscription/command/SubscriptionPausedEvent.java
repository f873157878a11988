package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** Deliveries stopped. */
@Revision("2")
public record SubscriptionPausedEvent(String subscriptionId, String agencyId, ActedBy by, Instant pausedAt)
        implements SubscriptionEvent {}
