package org.casebridge.police.escalation.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation's row is written by the escalation's own events and by its strategy meetings' (a meeting held), which
 * are other aggregates. Sequenced per aggregate, as every other group is, the two could fall in different segments, and
 * a meeting held could be applied before the escalation's row exists and be lost: a replay did exactly that (ADR 0050).
 * So this group sequences every event by the case it is about, and the case's events are applied in the order they were
 * stored, in one segment.
 */
@Configuration(proxyBeanMethods = false)
class EscalationSequencing {

    @Bean
    ConfigurerModule escalationEventsSequencedByCase() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                EscalationProjection.GROUP, config -> EscalationSequencing::caseOf));
    }

    static Object caseOf(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof EscalationEvent escalation) {
            return escalation.caseId();
        }
        if (payload instanceof StrategyMeetingEvent meeting) {
            return meeting.caseId();
        }
        Object aggregate = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        return aggregate == null ? event.getIdentifier() : aggregate;
    }
}
