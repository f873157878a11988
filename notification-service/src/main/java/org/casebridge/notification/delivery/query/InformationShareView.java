package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.ChannelType;

/**
 * One recorded share: what reached the agency, how, whose record it was (the controller) and on which lawful bases:
 * the controller's for sharing it and the agency's for receiving it, and the sharing rule that entitled the agency.
 * The controller, its basis and the rule are null for shares recorded before ADR 0024.
 */
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

        @Schema(
                example = "Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and of individuals"
                        + " at risk)")
        String article9Condition,

        @Schema(example = "POLICE_FORCE") String controllerKind,
        @Schema(example = "MPS") String controllerId,

        @Schema(example = "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4")
        String controllerBasis,

        @Schema(
                example = "DPA 2018 Part 3 s.35(2)(b); s.35(5) with DPA 2018 Sch 8 para 4 (safeguarding of children and"
                        + " of individuals at risk)")
        String controllerBasisCitation,

        @Schema(example = "CHILDRENS_SOCIAL_CARE") String agencyKind,

        @Schema(example = "REFERRED_TO_CHILDRENS_SOCIAL_CARE")
        String involvement,

        @Schema(example = "YES") String share,
        @Schema(example = "casebridge/notification-service") String sharedBy,
        Instant sharedAt) {}
