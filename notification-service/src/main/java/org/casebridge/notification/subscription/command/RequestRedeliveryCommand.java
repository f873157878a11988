package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The agency asks for one delivery (usually a dead letter) to be sent again. */
public record RequestRedeliveryCommand(
        @TargetAggregateIdentifier String subscriptionId,
        String agencyId,
        String actorId,
        String deliveryId,
        String eventId) {}
