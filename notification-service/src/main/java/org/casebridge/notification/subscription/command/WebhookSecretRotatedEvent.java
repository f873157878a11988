package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The webhook signing secret was replaced; deliveries from now on are signed with the new one. */
@Revision("2")
public record WebhookSecretRotatedEvent(
        String subscriptionId, String agencyId, String encryptedSecret, ActedBy by, Instant rotatedAt)
        implements SubscriptionEvent {}
