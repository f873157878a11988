package org.casebridge.notification.delivery.web;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The delivery's payload was erased when its retention ended (ADR 0069): there is nothing left to send again. */
public class DeliveryErasedException extends DomainRuleViolation {

    public DeliveryErasedException(String deliveryId) {
        super(
                409,
                "delivery-erased",
                "Delivery " + deliveryId + " was erased when its retention period ended; it cannot be sent again");
    }
}
