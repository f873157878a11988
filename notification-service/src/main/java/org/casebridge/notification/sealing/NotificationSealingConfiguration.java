package org.casebridge.notification.sealing;

import java.time.Clock;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.sealing.SealingMasterKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notification service's keys for sealed text (ADR 0075): one per agency case in the platform's {@code
 * sealing_key} table, wrapped by the service's own master key from {@code CASEBRIDGE_PERSONAL_DATA_KEY}. The event
 * store's serializer seals with the vault because it is the service's {@link
 * org.casebridge.platform.sealing.TextKeys} bean.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationSealingConfiguration {

    @Bean
    public SealingMasterKey sealingMasterKey(Environment environment) {
        return SealingMasterKey.of(
                environment, "casebridge-notification-local-development-key-not-secret", "the agency cases' free text");
    }

    @Bean
    public SealingKeyVault sealingKeyVault(JdbcTemplate jdbc, Clock clock, SealingMasterKey masterKey) {
        return masterKey.vault(jdbc, clock);
    }
}
