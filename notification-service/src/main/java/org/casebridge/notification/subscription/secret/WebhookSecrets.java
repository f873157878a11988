package org.casebridge.notification.subscription.secret;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook signing secrets in the Standard Webhooks format: {@code whsec_} followed by the base64 of 32 random bytes.
 */
public final class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    /** 256 bits, the HMAC-SHA256 block-size-independent strength the specification recommends as a minimum. */
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random;

    public WebhookSecrets(SecureRandom random) {
        this.random = random;
    }

    /** A new secret, to be shown to the agency once and stored only encrypted. */
    public String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The HMAC key of a secret: the base64-decoded part after {@code whsec_}. */
    public static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
