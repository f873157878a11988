package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop deliveries until resumed; events arriving meanwhile are not queued (replay brings them back). */
public record PauseSubscriptionCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, String actorId) {}
