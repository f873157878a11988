package org.casebridge.police.sealing;

import java.time.Clock;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.sealing.SealingMasterKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The police service's keys for sealed text (ADR 0064): one per case in the platform's {@code sealing_key} table,
 * wrapped by the master key from {@code CASEBRIDGE_PERSONAL_DATA_KEY} (base64 of 32 random bytes, the police service's
 * own, from a secret store). The {@code local} profile has a published development key, accepted only while the
 * service listens on loopback (ADR 0014); the rules are the platform's {@link SealingMasterKey}. Without a key the
 * service does not start. The event store's serializer seals
 * with the vault because it is the service's {@link org.casebridge.platform.sealing.TextKeys} bean.
 */
@Configuration(proxyBeanMethods = false)
public class PoliceSealingConfiguration {

    @Bean
    public SealingMasterKey sealingMasterKey(Environment environment) {
        return SealingMasterKey.of(
                environment, "casebridge-police-local-development-key-not-secret", "the police cases' free text");
    }

    @Bean
    public SealingKeyVault sealingKeyVault(JdbcTemplate jdbc, Clock clock, SealingMasterKey masterKey) {
        return masterKey.vault(jdbc, clock);
    }
}
