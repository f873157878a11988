package org.casebridge.notification.delivery.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Delivery ids are derived from (subscription, event): the same event reaching the same subscription twice, however
 * it arrives, is one delivery with one {@code webhook-id}.
 */
public final class DeliveryIds {

    private DeliveryIds() {}

    public static UUID of(String subscriptionId, String eventId) {
        return UUID.nameUUIDFromBytes((subscriptionId + "\n" + eventId).getBytes(StandardCharsets.UTF_8));
    }
}
