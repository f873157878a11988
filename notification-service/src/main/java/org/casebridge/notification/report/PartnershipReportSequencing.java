package org.casebridge.notification.report;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report's facts are stored outside any aggregate, and the clocks by the agency cases: sequenced per aggregate,
 * a case's outcome could be applied in another segment before its referral and miss its area. So the group sequences
 * every event by its case (as police-liaison-service's escalations do, ADR 0050).
 */
@Configuration(proxyBeanMethods = false)
class PartnershipReportSequencing {

    @Bean
    ConfigurerModule partnershipReportSequencedByCase() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                PartnershipReportProjection.GROUP, config -> PartnershipReportSequencing::caseOf));
    }

    static Object caseOf(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof PartnershipFactsRecordedEvent facts) {
            return facts.caseId();
        }
        if (payload instanceof AgencyCaseEvent agencyCase) {
            return agencyCase.caseId();
        }
        Object aggregate = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        return aggregate == null ? event.getIdentifier() : aggregate;
    }
}
