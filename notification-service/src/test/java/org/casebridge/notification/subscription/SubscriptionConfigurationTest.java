package org.casebridge.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.casebridge.notification.subscription.secret.SecretCipher;
import org.casebridge.platform.security.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

class SubscriptionConfigurationTest {

    private final SubscriptionConfiguration configuration = new SubscriptionConfiguration();
    private final SecureRandom random = new SecureRandom();
    private final Environment loopback = new MockEnvironment().withProperty("server.address", "127.0.0.1");
    private final Environment everyInterface = new MockEnvironment();

    @Test
    void refusesToStartWithoutAKeyOutsideTheLocalProfile() {
        assertThatThrownBy(
                        () -> configuration.secretCipher(new SubscriptionProperties(false, ""), random, everyInterface))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NOTIFICATION_SECRET_KEY");
    }

    @Test
    void theLocalProfileFallsBackToTheDevelopmentKey() {
        SecretCipher cipher = configuration.secretCipher(new SubscriptionProperties(true, ""), random, loopback);

        assertThat(cipher.decrypt(cipher.encrypt("whsec_abc"))).isEqualTo("whsec_abc");
    }

    @Test
    void aConfiguredKeyIsUsed() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        SecretCipher configured =
                configuration.secretCipher(new SubscriptionProperties(false, encoded), random, everyInterface);

        assertThat(new SecretCipher(key, random).decrypt(configured.encrypt("whsec_abc")))
                .isEqualTo("whsec_abc");
    }

    @Test
    void onlyTheLocalProfileAllowsLocalWebhooks() {
        assertThat(configuration
                        .webhookEndpointPolicy(new SubscriptionProperties(false, ""), everyInterface)
                        .allowsLocalEndpoints())
                .isFalse();
        assertThat(configuration
                        .webhookEndpointPolicy(new SubscriptionProperties(true, ""), loopback)
                        .allowsLocalEndpoints())
                .isTrue();
    }

    @Test
    void theDevelopmentKeyAndLocalWebhooksNeedALoopbackListener() {
        assertThatThrownBy(
                        () -> configuration.secretCipher(new SubscriptionProperties(true, ""), random, everyInterface))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("published development key for webhook secrets")
                .hasMessageContaining("NOTIFICATION_SECRET_KEY");
        assertThatThrownBy(() -> configuration.webhookEndpointPolicy(
                        new SubscriptionProperties(true, ""),
                        new MockEnvironment().withProperty("server.address", "10.0.0.5")))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("allow-local-webhooks");
    }

    @Test
    void thePublishedDevelopmentKeyIsRefusedEvenWhenConfiguredByName() {
        byte[] published = SubscriptionConfigurationTest.developmentKey();
        String encoded = Base64.getEncoder().encodeToString(published);
        assertThatThrownBy(() ->
                        configuration.secretCipher(new SubscriptionProperties(false, encoded), random, everyInterface))
                .isInstanceOf(UnsafeConfigurationException.class);
    }

    private static byte[] developmentKey() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest("casebridge-notification-development-key"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
