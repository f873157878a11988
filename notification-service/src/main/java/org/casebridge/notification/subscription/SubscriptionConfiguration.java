package org.casebridge.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.axonframework.config.ConfigurerModule;
import org.casebridge.notification.subscription.command.WebhookEndpointPolicy;
import org.casebridge.notification.subscription.query.SubscriptionProjection;
import org.casebridge.notification.subscription.secret.SecretCipher;
import org.casebridge.notification.subscription.secret.WebhookSecrets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the subscription feature: the webhook URL policy, secret generation and encryption, the projection mode. */
@Configuration
@EnableConfigurationProperties(SubscriptionProperties.class)
public class SubscriptionConfiguration {

    /** Derived from a public string: good enough for a laptop, useless for protecting anything real. */
    private static final String DEVELOPMENT_KEY_SEED = "casebridge-notification-development-key";

    @Bean
    public WebhookEndpointPolicy webhookEndpointPolicy(SubscriptionProperties properties) {
        return properties.allowLocalWebhooks() ? WebhookEndpointPolicy.local() : WebhookEndpointPolicy.strict();
    }

    @Bean
    public SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    public WebhookSecrets webhookSecrets(SecureRandom secureRandom) {
        return new WebhookSecrets(secureRandom);
    }

    @Bean
    public SecretCipher secretCipher(SubscriptionProperties properties, SecureRandom secureRandom) {
        if (!properties.secretKey().isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(properties.secretKey().strip()), secureRandom);
        }
        if (!properties.allowLocalWebhooks()) {
            throw new IllegalStateException("Set NOTIFICATION_SECRET_KEY (base64 of 32 random bytes) to encrypt"
                    + " webhook secrets; the development key is only accepted with the local profile");
        }
        return new SecretCipher(developmentKey(), secureRandom);
    }

    /** The subscription table is written in the command's transaction (see {@link SubscriptionProjection}). */
    @Bean
    public ConfigurerModule subscriptionsProjectedInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(SubscriptionProjection.PROCESSING_GROUP));
    }

    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
