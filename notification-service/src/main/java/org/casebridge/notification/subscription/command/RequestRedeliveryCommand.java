package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The agency asks for one delivery (usually a dead letter) to be sent again. */
public record RequestRedeliveryCommand(
        @TargetAggregateIdentifier String subscriptionId,
        String agencyId,
        ActedBy actor,
        String deliveryId,
        String eventId) {}
