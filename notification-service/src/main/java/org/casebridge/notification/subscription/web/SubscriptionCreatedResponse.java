package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new subscription and, for a webhook, its signing secret: shown this once, never again. */
public record SubscriptionCreatedResponse(
        SubscriptionResponse subscription,

        @Schema(
                description = "Standard Webhooks secret; store it now, it is not shown again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYq=")
        String webhookSecret) {}
