package org.casebridge.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.axonframework.config.ConfigurerModule;
import org.casebridge.notification.subscription.command.WebhookEndpointPolicy;
import org.casebridge.notification.subscription.query.SubscriptionProjection;
import org.casebridge.notification.subscription.secret.SecretCipher;
import org.casebridge.notification.subscription.secret.WebhookSecrets;
import org.casebridge.platform.security.ListenOnlyOnLoopback;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the subscription feature: the webhook URL policy, secret generation and encryption, the projection mode. */
@Configuration
@EnableConfigurationProperties(SubscriptionProperties.class)
public class SubscriptionConfiguration {

    /** Derived from a public string: good enough for a laptop, useless for protecting anything real. */
    private static final String DEVELOPMENT_KEY_SEED = "casebridge-notification-development-key";

    /** Webhooks to this machine's or private addresses only while the service itself listens on loopback. */
    @Bean
    public WebhookEndpointPolicy webhookEndpointPolicy(SubscriptionProperties properties, Environment environment) {
        if (!properties.allowLocalWebhooks()) {
            return WebhookEndpointPolicy.strict();
        }
        ListenOnlyOnLoopback.require(
                environment,
                "Webhooks to local and private addresses (allow-local-webhooks)",
                "Leave casebridge.notification.subscriptions.allow-local-webhooks false.");
        return WebhookEndpointPolicy.local();
    }

    @Bean
    public SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    public WebhookSecrets webhookSecrets(SecureRandom secureRandom) {
        return new WebhookSecrets(secureRandom);
    }

    /** The development key only where local webhooks are allowed, and only on loopback (ADR 0014). */
    @Bean
    public SecretCipher secretCipher(
            SubscriptionProperties properties, SecureRandom secureRandom, Environment environment) {
        byte[] key;
        if (!properties.secretKey().isBlank()) {
            key = Base64.getDecoder().decode(properties.secretKey().strip());
        } else if (properties.allowLocalWebhooks()) {
            key = developmentKey();
        } else {
            throw new IllegalStateException("Set NOTIFICATION_SECRET_KEY (base64 of 32 random bytes) to encrypt"
                    + " webhook secrets; the development key is only accepted with the local profile");
        }
        if (Arrays.equals(key, developmentKey())) {
            ListenOnlyOnLoopback.require(
                    environment,
                    "The published development key for webhook secrets",
                    "Set NOTIFICATION_SECRET_KEY to base64 of 32 random bytes from a secret store.");
        }
        return new SecretCipher(key, secureRandom);
    }

    /** The subscription table is written in the command's transaction (see {@link SubscriptionProjection}). */
    @Bean
    public ConfigurerModule subscriptionsProjectedInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerSubscribingEventProcessor(SubscriptionProjection.PROCESSING_GROUP));
    }

    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
