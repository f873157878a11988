package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Resuming a subscription that is not paused. */
public class SubscriptionNotPausedException extends DomainRuleViolation {

    public SubscriptionNotPausedException(String subscriptionId) {
        super(409, "subscription-not-paused", "Subscription " + subscriptionId + " is not paused");
    }
}
