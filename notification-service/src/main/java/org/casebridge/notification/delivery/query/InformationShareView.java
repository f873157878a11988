package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.ChannelType;

/** One recorded share: what reached the agency, how, and on which lawful basis. */
public record InformationShareView(
        String shareId,
        String deliveryId,
        String subscriptionId,
        @Schema(example = "csc-hackney") String agencyId,
        String eventId,

        @Schema(example = "org.casebridge.police.outcome-assigned.v1")
        String eventType,

        @Schema(example = "c-2026-000123") String caseId,
        ChannelType channel,
        @Schema(example = "PUBLIC_TASK") Article6Basis article6Basis,
        @Schema(example = "DPA 2018 Sch 1 para 18") String article9Condition,
        Instant sharedAt) {}
