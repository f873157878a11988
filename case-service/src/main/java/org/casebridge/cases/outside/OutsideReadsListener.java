package org.casebridge.cases.outside;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.casebridge.cases.agency.intake.CaseSchools;
import org.casebridge.events.CaseReadEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.PoisonRecordException;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Receives the police's and the agencies' reads of the school's cases (ADR 0070), once per event (the inbox
 * deduplicates in the same transaction), and stores each as an {@link OutsideReadRecordedEvent}. A read that names
 * another school than the case's, a reader of a kind its topic may not carry (a police read on the agencies' topic),
 * or a record without its codes is poison and goes to the dead-letter topic; one about a case this service never held
 * is skipped. Its own consumer group, so the case's decisions neither wait for it nor hold it up.
 */
@Component
class OutsideReadsListener {

    static final String CONSUMER = "outside-reads";
    private static final Logger log = LoggerFactory.getLogger(OutsideReadsListener.class);
    private static final Map<String, Set<String>> KINDS = Map.of(
            "POLICE", Set.of("POLICE_FORCE", "AUDITOR"),
            "AGENCY", Set.of("AGENCY", "AUDITOR"));

    private final IntegrationEventInbox inbox;
    private final CaseSchools schools;
    private final EventGateway events;

    OutsideReadsListener(IntegrationEventInbox inbox, CaseSchools schools, EventGateway events) {
        this.inbox = inbox;
        this.schools = schools;
        this.events = events;
    }

    @KafkaListener(
            topics = {Topics.POLICE_EVENTS, AgencyTopic.AGENCY_EVENTS},
            groupId = "${casebridge.cases.outside-reads.consumer:case-service-outside-reads}")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        if (!(received.event() instanceof CaseReadEvent read)) {
            return;
        }
        String source = read instanceof CaseReadByAgencyEvent ? "AGENCY" : "POLICE";
        requireComplete(received, read, source);
        Optional<String> school = schools.schoolOf(received.caseId());
        if (school.isEmpty()) {
            log.warn("Read {} ({}) is of no case held here; skipped", received.eventId(), received.type());
            return;
        }
        if (!school.get().equals(read.schoolUrn())) {
            throw new PoisonRecordException("Read " + received.eventId() + " (" + received.type()
                    + ") names another school than case " + received.caseId() + "'s");
        }
        events.publish(new OutsideReadRecordedEvent(
                received.eventId(),
                received.caseId(),
                source,
                read.readerOrganisation(),
                read.readerKind(),
                read.readerRole(),
                read.record(),
                read.lawfulBasis(),
                read.readAt()));
    }

    private static void requireComplete(ReceivedEvent received, CaseReadEvent read, String source) {
        List<String> codes = Arrays.asList(
                read.schoolUrn(),
                read.readerOrganisation(),
                read.readerKind(),
                read.readerRole(),
                read.record(),
                read.lawfulBasis());
        if (codes.stream().anyMatch(code -> code == null || code.isBlank() || code.length() > 100)
                || read.readAt() == null) {
            throw new PoisonRecordException(
                    "Read " + received.eventId() + " (" + received.type() + ") lacks a code or its time");
        }
        if (!KINDS.get(source).contains(read.readerKind())) {
            throw new PoisonRecordException("Read " + received.eventId() + " (" + received.type() + ") names a reader"
                    + " of a kind its publisher does not hold: " + read.readerKind());
        }
    }
}
