package org.casebridge.notification.subscription.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecureRandom random = new SecureRandom();
    private final SecretCipher cipher = new SecretCipher(new byte[32], random);

    @Test
    void roundTripsASecretWithoutRevealingIt() {
        String secret = new WebhookSecrets(random).generate();

        String encrypted = cipher.encrypt(secret);

        assertThat(encrypted).startsWith("v1:").doesNotContain(secret.substring(6));
        assertThat(cipher.decrypt(encrypted)).isEqualTo(secret);
    }

    @Test
    void encryptingTwiceGivesDifferentCiphertexts() {
        assertThat(cipher.encrypt("whsec_x")).isNotEqualTo(cipher.encrypt("whsec_x"));
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String encrypted = cipher.encrypt("whsec_x");

        assertThatThrownBy(() -> new SecretCipher(otherKey, random).decrypt(encrypted))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void secretsAreStandardWebhooksSecretsOf32Bytes() {
        String secret = new WebhookSecrets(random).generate();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSecrets.key(secret)).hasSize(32);
    }
}
