package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The agency asked for one delivery to be sent again. */
@Revision("2")
public record RedeliveryRequestedEvent(
        String subscriptionId, String agencyId, String deliveryId, String eventId, ActedBy by, Instant requestedAt)
        implements SubscriptionEvent {}
