package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.subscription.command.ChannelType;

/** A delivery and its attempts, as the agency's delivery log shows it. */
public record DeliveryView(
        @Schema(description = "Stable id, sent as webhook-id", example = "6f1c1f7e-3f7b-3d55-9d3e-0c5f5e1f2a10")
        String deliveryId,

        @Schema(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11")
        String subscriptionId,

        @Schema(example = "csc-hackney") String agencyId,

        @Schema(
                description = "The CloudEvents id of the event delivered",
                example = "2f0b7a8e-8a0e-4a55-b1e1-0c0c3b7f9d22")
        String eventId,

        @Schema(example = "org.casebridge.school.referral-made.v1")
        String eventType,

        @Schema(example = "c-2026-000123") String caseId,
        ChannelType channel,
        DeliveryStatus status,
        int attempts,
        Instant enqueuedAt,

        @Schema(description = "When the next attempt is due; only while pending")
        Instant nextAttemptAt,

        Instant deliveredAt,
        Instant deadLetteredAt,
        List<AttemptView> log) {}
