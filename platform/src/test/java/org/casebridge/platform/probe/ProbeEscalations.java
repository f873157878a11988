package org.casebridge.platform.probe;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.WantedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/** A consumer that acts on escalations only: its inbox rows show what it was handed and what it passed over. */
@Component
class ProbeEscalations {

    static final String CONSUMER = "probe-escalations";

    private final IntegrationEventInbox inbox;

    ProbeEscalations(IntegrationEventInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.SCHOOL_EVENTS, groupId = "probe-escalations")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WantedEvents.only(EscalationMadeEvent.class), received -> {});
        ack.acknowledge();
    }
}
