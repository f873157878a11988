package org.casebridge.platform;

import org.casebridge.events.Topics;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.casebridge.platform.probe.ProbeRecordedEvent;
import org.casebridge.platform.probe.ProbeSchoolEvents;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A minimal service on the platform (the probe package), to prove the pipes without any domain. */
@SpringBootApplication(scanBasePackages = "org.casebridge.platform.probe")
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }

    @Bean
    IntegrationEventMapping integrationEvents() {
        return IntegrationEventMapping.forTopic(Topics.SCHOOL_EVENTS, Topics.SCHOOL_SOURCE)
                .map(
                        ProbeRecordedEvent.class,
                        e -> e.secret() ? null : ProbeSchoolEvents.referral(e.probeId(), e.recordedAt()))
                .build();
    }
}
