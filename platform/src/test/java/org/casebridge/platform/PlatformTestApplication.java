package org.casebridge.platform;

import java.util.List;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.casebridge.platform.probe.ProbeRecordedEvent;
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
                        e -> e.secret()
                                ? null
                                : new ReferralMadeEvent(
                                        e.probeId(),
                                        "100001",
                                        "E09000033",
                                        "MPS",
                                        List.of("POLICE"),
                                        List.of(),
                                        List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                                        e.recordedAt()))
                .build();
    }
}
