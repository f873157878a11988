package org.casebridge.notification.subscription.command;

/** Whether a subscription is receiving deliveries. */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED
}
