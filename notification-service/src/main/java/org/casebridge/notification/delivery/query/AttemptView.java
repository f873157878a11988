package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One attempt of a delivery. */
public record AttemptView(
        @Schema(example = "1") int attempt,
        @Schema(example = "2026-11-28T09:41:03.120Z") Instant attemptedAt,

        @Schema(
                example = "SUCCEEDED",
                allowableValues = {"SUCCEEDED", "FAILED", "DEAD_LETTERED"})
        String outcome,

        @Schema(example = "204") Integer statusCode,
        @Schema(example = "87") long latencyMs,
        @Schema(example = "HTTP 503") String error) {}
