package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Pausing a paused subscription. */
public class SubscriptionAlreadyPausedException extends DomainRuleViolation {

    public SubscriptionAlreadyPausedException(String subscriptionId) {
        super(409, "subscription-already-paused", "Subscription " + subscriptionId + " is already paused");
    }
}
