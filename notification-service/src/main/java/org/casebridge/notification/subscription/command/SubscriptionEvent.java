package org.casebridge.notification.subscription.command;

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
}
