package org.casebridge.notification.subscription;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subscription settings.
 *
 * @param allowLocalWebhooks true only in the local profile and tests: http URLs and loopback or private addresses
 * @param secretKey          base64 of the 32-byte AES key that encrypts webhook secrets (NOTIFICATION_SECRET_KEY);
 *                           empty means the published development key, which is refused unless local webhooks are
 *                           allowed
 */
@ConfigurationProperties("casebridge.notification.subscriptions")
public record SubscriptionProperties(
        @DefaultValue("false") boolean allowLocalWebhooks,
        @DefaultValue("") String secretKey) {}
