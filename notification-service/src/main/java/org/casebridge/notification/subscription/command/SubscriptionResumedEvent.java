package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** Deliveries resumed. */
@Revision("2")
public record SubscriptionResumedEvent(String subscriptionId, String agencyId, ActedBy by, Instant resumedAt)
        implements SubscriptionEvent {}
