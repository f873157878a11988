package org.casebridge.cases.personaldetails;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.casebridge.platform.security.ListenOnlyOnLoopback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key that wraps every case key, so that a copy of the database alone reveals no personal details. It comes
 * from {@code CASEBRIDGE_PERSONAL_DATA_KEY} (base64 of 32 random bytes, for example from a secret store); the
 * {@code local} profile uses a published development key, which is accepted only while the service listens on
 * loopback (ADR 0014). Without a key the service does not start.
 */
@Component
public class MasterKey {

    /** AES-256. */
    private static final int KEY_BYTES = 32;

    /** The published development key of application-local.yml: anyone can decrypt what it wraps. */
    static final byte[] DEVELOPMENT_KEY = "local-development-key-not-secret".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    public MasterKey(@Value("${casebridge.personal-data.master-key:}") String base64, Environment environment) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("Set CASEBRIDGE_PERSONAL_DATA_KEY to base64 of 32 random bytes "
                    + "(openssl rand -base64 32); only the local profile has a development key");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CASEBRIDGE_PERSONAL_DATA_KEY is not base64", e);
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalStateException("CASEBRIDGE_PERSONAL_DATA_KEY must decode to " + KEY_BYTES + " bytes");
        }
        if (Arrays.equals(decoded, DEVELOPMENT_KEY)) {
            ListenOnlyOnLoopback.require(
                    environment,
                    "The published development master key of children's personal" + " details",
                    "Set CASEBRIDGE_PERSONAL_DATA_KEY to base64 of 32 random bytes from a secret store.");
        }
        this.key = decoded;
    }

    byte[] bytes() {
        return Arrays.copyOf(key, key.length);
    }
}
