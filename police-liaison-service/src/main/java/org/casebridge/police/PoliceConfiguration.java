package org.casebridge.police;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.casebridge.police.escalation.command.StrategyMeetingClock;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.SchoolNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The reference data and clocks the aggregates receive as handler parameters. */
@Configuration(proxyBeanMethods = false)
public class PoliceConfiguration {

    /** The schools' names by URN, from the same CSV as case-service's school reference data. */
    @Bean
    public SchoolNames schoolNames(
            @Value("${casebridge.reference.schools:classpath:reference/schools.csv}") Resource schools)
            throws IOException {
        try (InputStream csv = schools.getInputStream()) {
            return SchoolNames.read(csv, schools.getDescription());
        }
    }

    @Bean
    public ForceDirectory forceDirectory(PoliceProperties properties) {
        return ForceDirectory.of(properties.forces().stream()
                .map(f -> Force.of(f.code(), f.name(), f.crimeReferencePattern(), f.crimeReferenceExample()))
                .toList());
    }

    @Bean
    public StrategyMeetingClock strategyMeetingClock(PoliceProperties properties) {
        Duration within = properties.strategyMeetingWithin();
        return new StrategyMeetingClock(within, StrategyMeetingClock.UK);
    }
}
