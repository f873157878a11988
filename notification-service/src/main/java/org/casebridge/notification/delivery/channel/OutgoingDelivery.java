package org.casebridge.notification.delivery.channel;

import java.time.Instant;
import org.casebridge.notification.subscription.query.SubscriptionView;

/**
 * One attempt's input: the (already minimised) event and the subscription it goes to.
 *
 * @param deliveryId the stable delivery id, sent as {@code webhook-id}
 * @param payload    the minimised event JSON: the CloudEvent's data
 * @param lawfulBasis the basis the controller shared the event on, passed on as the CloudEvents extension
 *                    {@code lawfulbasis} (ADR 0024)
 */
public record OutgoingDelivery(
        String deliveryId,
        String eventId,
        String eventType,
        String source,
        String caseId,
        Instant occurredAt,
        String payload,
        String lawfulBasis,
        SubscriptionView subscription) {}
