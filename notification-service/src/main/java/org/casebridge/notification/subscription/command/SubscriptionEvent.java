package org.casebridge.notification.subscription.command;

import org.casebridge.platform.domain.ActedBy;

/** Everything that happens to a subscription; projections switch over it exhaustively. */
public sealed interface SubscriptionEvent
        permits SubscribedEvent,
                SubscriptionPausedEvent,
                SubscriptionResumedEvent,
                WebhookSecretRotatedEvent,
                SubscriptionFiltersChangedEvent,
                ReplayRequestedEvent,
                RedeliveryRequestedEvent {

    String subscriptionId();

    /** The agency that owns the subscription (the organisation of whoever acted). */
    String agencyId();

    /** Who acted: since revision 2 an {@link ActedBy}; revision 1's bare user id reads as one (ADR 0025). */
    ActedBy by();
}
