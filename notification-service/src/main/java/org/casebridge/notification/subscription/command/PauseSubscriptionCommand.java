package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Stop deliveries until resumed; events arriving meanwhile are not queued (replay brings them back). */
public record PauseSubscriptionCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, ActedBy actor) {}
