package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The agency asks for every received event since {@code from} that matches the subscription now, again. */
public record RequestReplayCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, ActedBy actor, Instant from) {}
