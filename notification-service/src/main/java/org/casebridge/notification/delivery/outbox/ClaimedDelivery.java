package org.casebridge.notification.delivery.outbox;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.notification.subscription.command.ChannelType;

/**
 * A delivery a worker holds a lease on.
 *
 * @param attempts attempts made before this one
 */
public record ClaimedDelivery(
        UUID deliveryId,
        String subscriptionId,
        String agencyId,
        String eventId,
        String eventType,
        String source,
        String caseId,
        Instant occurredAt,
        ChannelType channelType,
        String payload,
        int attempts,
        Instant retryUntil) {}
