package org.casebridge.notification.referral.clock;

import org.casebridge.platform.reference.WorkingDays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the acknowledgement clock on the platform's working days (ADR 0073: the bank holidays are read once at start-up
 * by {@code platform.reference}, from {@code casebridge.reference.bank-holidays}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
public class ClockConfiguration {

    @Bean
    public AcknowledgementClock acknowledgementClock(ClockProperties properties, WorkingDays workingDays) {
        return new AcknowledgementClock(
                workingDays, properties.acknowledgementWorkingDays(), properties.acknowledgementWithin());
    }
}
