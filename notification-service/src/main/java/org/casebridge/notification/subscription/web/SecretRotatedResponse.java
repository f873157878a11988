package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new signing secret: shown this once; deliveries from now on are signed with it. */
public record SecretRotatedResponse(
        @Schema(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11")
        String subscriptionId,

        @Schema(example = "whsec_3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        String webhookSecret) {}
