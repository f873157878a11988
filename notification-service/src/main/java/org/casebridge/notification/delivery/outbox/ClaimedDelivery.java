package org.casebridge.notification.delivery.outbox;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.agency.Entitled;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.subscription.command.ChannelType;

/**
 * A delivery a worker holds a lease on.
 *
 * @param attempts        attempts made before this one
 * @param controller      the school or force whose record is shared; null for an event kept before ADR 0024 without
 * @param controllerBasis the basis the controller shared the event on
 * @param entitled        the sharing rule checked when the delivery was queued; null for one queued before ADR 0025
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
        Instant retryUntil,
        Controller controller,
        LawfulBasis controllerBasis,
        Entitled entitled) {

    /** Whether the share names its controller, the controller's basis and the rule that entitles the agency. */
    public boolean accountable() {
        return controller != null && controllerBasis != null && entitled != null && entitled.share() != Share.NO;
    }
}
