package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The agency asked for the matching events received since {@code from} again. */
@Revision("2")
public record ReplayRequestedEvent(
        String subscriptionId, String agencyId, Instant from, ActedBy by, Instant requestedAt)
        implements SubscriptionEvent {}
