package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The agency asked for one delivery to be sent again. */
@Revision("1")
public record RedeliveryRequestedEvent(
        String subscriptionId,
        String agencyId,
        String deliveryId,
        String eventId,
        String requestedBy,
        Instant requestedAt)
        implements SubscriptionEvent {}
