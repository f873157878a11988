package org.casebridge.notification.referral.query;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency's cases table is written in the command's transaction (see {@link AgencyCaseProjection}). */
@Configuration(proxyBeanMethods = false)
public class AgencyCaseConfiguration {

    @Bean
    public ConfigurerModule agencyCasesProjectedInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerSubscribingEventProcessor(AgencyCaseProjection.PROCESSING_GROUP));
    }
}
