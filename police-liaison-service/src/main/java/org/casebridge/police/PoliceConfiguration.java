package org.casebridge.police;

import java.time.Duration;
import org.casebridge.police.escalation.command.StrategyMeetingClock;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data and clocks the aggregates receive as handler parameters. */
@Configuration(proxyBeanMethods = false)
public class PoliceConfiguration {

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
