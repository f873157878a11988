package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Replace a webhook subscription's signing secret; the new secret arrives encrypted. */
public record RotateWebhookSecretCommand(
        @TargetAggregateIdentifier String subscriptionId, String agencyId, ActedBy actor, String encryptedSecret) {}
