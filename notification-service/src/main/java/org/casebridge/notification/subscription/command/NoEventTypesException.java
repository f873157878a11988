package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A subscription must name at least one event type. */
public class NoEventTypesException extends DomainRuleViolation {

    public NoEventTypesException(String subscriptionId) {
        super(422, "event-types-required", "Subscription " + subscriptionId + " names no event type");
    }
}
