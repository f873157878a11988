package org.casebridge.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.casebridge.cases.incident.command.InitialReviewPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the configurable statutory times of case-service. */
@Configuration(proxyBeanMethods = false)
public class CaseServiceConfiguration {

    /** Milliseconds are precise enough for a case record, and every store keeps them exactly. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    public InitialReviewPolicy initialReviewPolicy(
            @Value("${casebridge.cases.initial-review-due:PT24H}") Duration dueWithin) {
        return new InitialReviewPolicy(dueWithin);
    }
}
