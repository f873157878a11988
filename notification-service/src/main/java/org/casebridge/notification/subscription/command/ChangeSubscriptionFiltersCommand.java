package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Replace what a subscription entitles the agency to receive. */
public record ChangeSubscriptionFiltersCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, ActedBy actor, SubscriptionFilter filter) {}
