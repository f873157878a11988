package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The webhook signing secret was replaced; deliveries from now on are signed with the new one. */
@Revision("1")
public record WebhookSecretRotatedEvent(
        String subscriptionId, String agencyId, String encryptedSecret, String rotatedBy, Instant rotatedAt)
        implements SubscriptionEvent {}
