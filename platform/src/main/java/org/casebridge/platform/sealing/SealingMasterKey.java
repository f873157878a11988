package org.casebridge.platform.sealing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import org.casebridge.platform.security.ListenOnlyOnLoopback;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The master key that wraps a service's {@link SealingKeyVault} keys, from {@code CASEBRIDGE_PERSONAL_DATA_KEY}
 * (base64 of 32 random bytes, the service's own, from a secret store). The {@code local} profile has a published
 * development key per service, accepted only while the service listens on loopback (ADR 0014); without a key anywhere
 * else the service does not start (ADR 0064, ADR 0075). A service that keeps its keys in the vault declares its master
 * key as a bean ({@link #of}); its vault and its migration that seals stored free text both take it from there.
 */
public final class SealingMasterKey {

    public static final String VARIABLE = "CASEBRIDGE_PERSONAL_DATA_KEY";

    /** The setting {@link #VARIABLE} fills in every service's {@code application.yml}. */
    public static final String PROPERTY = "casebridge.personal-data.master-key";

    private final byte[] key;

    private SealingMasterKey(byte[] key) {
        this.key = key;
    }

    /**
     * The service's master key from its setting {@link #PROPERTY}, by the rules of {@link #from}: read once, when the
     * service starts, so that a service without one does not start.
     */
    public static SealingMasterKey of(Environment environment, String developmentSeed, String what) {
        return new SealingMasterKey(from(environment.getProperty(PROPERTY, ""), environment, developmentSeed, what));
    }

    /** A copy of the key's bytes; the caller clears it after use. */
    public byte[] bytes() {
        return Arrays.copyOf(key, key.length);
    }

    /** The vault of the service's keys in its {@code sealing_key} table, wrapped by this key. */
    public SealingKeyVault vault(JdbcTemplate jdbc, Clock clock) {
        byte[] master = bytes();
        try {
            return new SealingKeyVault(jdbc, clock, master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /**
     * The key's bytes (the caller clears them after use).
     *
     * @param base64 the setting, blank when unset
     * @param developmentSeed the words whose SHA-256 is the service's published development key
     * @param what what the key seals, for the message of a service that cannot start
     */
    public static byte[] from(String base64, Environment environment, String developmentSeed, String what) {
        if (base64.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("local"))) {
                ListenOnlyOnLoopback.require(
                        environment,
                        "The published development key of " + what,
                        "Set " + VARIABLE + " to base64 of 32 random bytes from a secret store.");
                return sha256(developmentSeed);
            }
            throw new IllegalStateException("Set " + VARIABLE + " to base64 of 32 random bytes (openssl rand -base64"
                    + " 32) to seal " + what + "; only the local profile has a development key");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + " is not base64", e);
        }
        if (decoded.length != SealingKeyVault.KEY_BYTES) {
            throw new IllegalStateException(VARIABLE + " must decode to " + SealingKeyVault.KEY_BYTES + " bytes");
        }
        return decoded;
    }

    /** Published in the service's source: anyone can open what it wraps. */
    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
