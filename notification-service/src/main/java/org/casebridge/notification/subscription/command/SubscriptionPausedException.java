package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Replaying into a paused subscription: resume it first. */
public class SubscriptionPausedException extends DomainRuleViolation {

    public SubscriptionPausedException(String subscriptionId) {
        super(409, "subscription-paused", "Subscription " + subscriptionId + " is paused; resume it before replaying");
    }
}
