package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace what a subscription entitles the agency to receive. */
public record ChangeSubscriptionFiltersCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, String actorId, SubscriptionFilter filter) {}
