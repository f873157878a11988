package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A subscription to every case in an area must name at least one local authority. */
public class AreaRequiredException extends DomainRuleViolation {

    public AreaRequiredException(String subscriptionId) {
        super(
                422,
                "area-required",
                "Subscription " + subscriptionId + " covers all cases in an area but names no local authority code");
    }
}
