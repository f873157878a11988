package org.casebridge.cases.incident.integration;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.RecordPoliceUpdateCommand;
import org.casebridge.cases.incident.command.NotTheCasesForceException;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.PoisonRecordException;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Puts what the police decide on the school's case, once per event: the inbox deduplicates by event id in the same
 * transaction as the command, and the record is acknowledged after the commit. Events about cases this service never
 * held (another school system's) are skipped and logged by id. An event from a force the case was never sent or
 * transferred to changes nothing and goes to the dead-letter topic with the reason (ADR 0014).
 */
@Component
public class PoliceDecisionsListener {

    static final String CONSUMER = "police-decisions";
    private static final Logger log = LoggerFactory.getLogger(PoliceDecisionsListener.class);

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public PoliceDecisionsListener(IntegrationEventInbox inbox, CommandGateway commands, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.POLICE_EVENTS, groupId = "case-service")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        if (!(received.event() instanceof PoliceEvent police)) {
            return;
        }
        if (!isOurCase(received.caseId())) {
            log.warn("Police event {} ({}) is about no case held here; skipped", received.eventId(), received.type());
            return;
        }
        PoliceUpdates.PoliceUpdate update = PoliceUpdates.translate(police, received.time());
        if (update == null) {
            return;
        }
        String transferredTo = police instanceof EscalationTransferredEvent transfer ? transfer.toForceCode() : null;
        try {
            commands.sendAndWait(new RecordPoliceUpdateCommand(
                    CaseId.of(received.caseId()),
                    received.eventId(),
                    received.type(),
                    police.forceCode(),
                    update.occurredAt(),
                    update.kind(),
                    update.summary(),
                    transferredTo,
                    update.schoolDeviceRef(),
                    update.policeRef(),
                    update.round()));
        } catch (NotTheCasesForceException e) {
            throw new PoisonRecordException(
                    "Police event " + received.eventId() + " (" + received.type() + ") names a force case "
                            + received.caseId() + " was not sent to",
                    e);
        }
    }

    private boolean isOurCase(String caseId) {
        try {
            UUID.fromString(caseId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        Boolean exists = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0"
                        + " AND type = 'SafeguardingCase')",
                Boolean.class,
                caseId);
        return Boolean.TRUE.equals(exists);
    }
}
