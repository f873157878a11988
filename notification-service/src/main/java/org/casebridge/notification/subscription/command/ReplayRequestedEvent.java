package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The agency asked for the matching events received since {@code from} again. */
@Revision("1")
public record ReplayRequestedEvent(
        String subscriptionId, String agencyId, Instant from, String requestedBy, Instant requestedAt)
        implements SubscriptionEvent {}
