package org.casebridge.notification.sealing;

import java.time.Clock;
import java.util.Arrays;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.sealing.SealingMasterKey;
import org.springframework.beans.factory.annotation.Value;
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

    static final String WHAT = "the agency cases' free text";

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
        return SealingMasterKey.from(
                base64, environment, "casebridge-notification-local-development-key-not-secret", WHAT);
    }
}
