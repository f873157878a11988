package org.casebridge.notification.delivery.web;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A pending delivery is already going to be attempted: redelivering it would change nothing. */
public class DeliveryInProgressException extends DomainRuleViolation {

    public DeliveryInProgressException(String deliveryId) {
        super(409, "delivery-in-progress", "Delivery " + deliveryId + " is still pending; it will be attempted again");
    }
}
