package org.casebridge.police.sealing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.security.ListenOnlyOnLoopback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The police service's keys for sealed text (ADR 0064): one per case in the platform's {@code sealing_key} table,
 * wrapped by the master key from {@code CASEBRIDGE_PERSONAL_DATA_KEY} (base64 of 32 random bytes, the police service's
 * own, from a secret store). The {@code local} profile has a published development key, accepted only while the
 * service listens on loopback (ADR 0014). Without a key the service does not start. The event store's serializer seals
 * with the vault because it is the service's {@link org.casebridge.platform.sealing.TextKeys} bean.
 */
@Configuration(proxyBeanMethods = false)
public class PoliceSealingConfiguration {

    private static final String VARIABLE = "CASEBRIDGE_PERSONAL_DATA_KEY";

    @Bean
    public SealingKeyVault sealingKeyVault(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${casebridge.personal-data.master-key:}") String base64,
            Environment environment) {
        byte[] master = masterKey(base64, environment);
        try {
            return new SealingKeyVault(jdbc, clock, master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    static byte[] masterKey(String base64, Environment environment) {
        if (base64.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("local"))) {
                ListenOnlyOnLoopback.require(
                        environment,
                        "The published development key of the police case keys",
                        "Set " + VARIABLE + " to base64 of 32 random bytes from a secret store.");
                return developmentKey();
            }
            throw new IllegalStateException("Set " + VARIABLE + " to base64 of 32 random bytes (openssl rand -base64"
                    + " 32) to seal the police cases' free text; only the local profile has a development key");
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

    /** Published in this source: anyone can open what it wraps. */
    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("casebridge-police-local-development-key-not-secret".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
