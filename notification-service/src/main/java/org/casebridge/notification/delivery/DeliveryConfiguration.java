package org.casebridge.notification.delivery;

import java.security.SecureRandom;

import org.casebridge.notification.delivery.worker.Backoff;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the delivery feature's settings and its retry policy. */
@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {

    @Bean
    public Backoff deliveryBackoff(DeliveryProperties properties, SecureRandom secureRandom) {
        return new Backoff(properties.initialBackoff(), properties.maxBackoff(), secureRandom);
    }
}
