package org.casebridge.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.casebridge.notification.subscription.secret.SecretCipher;
import org.junit.jupiter.api.Test;

class SubscriptionConfigurationTest {

    private final SubscriptionConfiguration configuration = new SubscriptionConfiguration();
    private final SecureRandom random = new SecureRandom();

    @Test
    void refusesToStartWithoutAKeyOutsideTheLocalProfile() {
        assertThatThrownBy(() -> configuration.secretCipher(new SubscriptionProperties(false, ""), random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NOTIFICATION_SECRET_KEY");
    }

    @Test
    void theLocalProfileFallsBackToTheDevelopmentKey() {
        SecretCipher cipher = configuration.secretCipher(new SubscriptionProperties(true, ""), random);

        assertThat(cipher.decrypt(cipher.encrypt("whsec_abc"))).isEqualTo("whsec_abc");
    }

    @Test
    void aConfiguredKeyIsUsed() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        SecretCipher configured = configuration.secretCipher(new SubscriptionProperties(false, encoded), random);

        assertThat(new SecretCipher(key, random).decrypt(configured.encrypt("whsec_abc"))).isEqualTo("whsec_abc");
    }

    @Test
    void onlyTheLocalProfileAllowsLocalWebhooks() {
        assertThat(configuration.webhookEndpointPolicy(new SubscriptionProperties(false, "")).allowsLocalEndpoints())
                .isFalse();
        assertThat(configuration.webhookEndpointPolicy(new SubscriptionProperties(true, "")).allowsLocalEndpoints())
                .isTrue();
    }
}
