package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resume deliveries of a paused subscription. */
public record ResumeSubscriptionCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, String actorId) {}
