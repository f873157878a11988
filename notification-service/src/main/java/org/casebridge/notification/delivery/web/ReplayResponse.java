package org.casebridge.notification.delivery.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What a replay queued. */
public record ReplayResponse(
        @Schema(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11")
        String subscriptionId,

        @Schema(description = "As asked", example = "2026-11-27T00:00:00Z")
        Instant from,

        @Schema(
                description = "Where the search started: the time asked, or when the agency began to serve the "
                        + "subscription's areas (agency directory) if that is later",
                example = "2026-11-27T00:00:00Z")
        Instant searchedFrom,

        @Schema(description = "Deliveries queued (new, or sent again with the same webhook-id)", example = "3")
        int queued) {}
