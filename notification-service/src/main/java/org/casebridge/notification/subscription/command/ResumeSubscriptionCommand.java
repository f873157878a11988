package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Resume deliveries of a paused subscription. */
public record ResumeSubscriptionCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, ActedBy actor) {}
