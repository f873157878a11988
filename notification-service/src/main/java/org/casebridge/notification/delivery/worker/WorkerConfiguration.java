package org.casebridge.notification.delivery.worker;

import java.security.SecureRandom;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workers' retry policy, from the delivery settings. */
@Configuration
public class WorkerConfiguration {

    @Bean
    public Backoff deliveryBackoff(DeliveryProperties properties, SecureRandom secureRandom) {
        return new Backoff(properties.initialBackoff(), properties.maxBackoff(), secureRandom);
    }
}
