package org.casebridge.notification.referral.clock;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the bank holidays once at start-up and builds the acknowledgement clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    public WorkingDays workingDays(ClockProperties properties, Clock clock) {
        WorkingDays days = WorkingDays.read(properties.bankHolidays());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.LONDON));
        if (days.knownUntil().isBefore(today.plusYears(1))) {
            log.warn(
                    "The bank holidays end on {}: add the next year's to {} before then, or working-day clocks will"
                            + " count bank holidays as working days",
                    days.knownUntil(),
                    properties.bankHolidays().getDescription());
        }
        return days;
    }

    @Bean
    public AcknowledgementClock acknowledgementClock(ClockProperties properties, WorkingDays workingDays) {
        return new AcknowledgementClock(
                workingDays, properties.acknowledgementWorkingDays(), properties.acknowledgementWithin());
    }
}
