package org.casebridge.police.strategy.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.PoisonRecordException;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.kafka.WantedEvents;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteOwnActionCommand;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Completes a strategy-meeting action when its owner says it did it: the school's DSL in case-service, or an agency in
 * notification-service (ADR 0022). The meeting completes it only if that organisation owns it; a completion by
 * anyone else, or of an action or meeting this service does not hold, changes nothing and goes to the dead-letter
 * topic with the reason. Once per event: the inbox deduplicates in the command's transaction.
 */
@Component
class OwnerCompletionsListener {

    static final String CONSUMER = "action-completions";

    /** The completions this listener acts on; the inbox passes over the rest without a transaction (ADR 0071). */
    static final WantedEvents WANTED =
            WantedEvents.only(SchoolStrategyActionCompletedEvent.class, AgencyStrategyActionCompletedEvent.class);

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;

    OwnerCompletionsListener(IntegrationEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(
            topics = {Topics.SCHOOL_EVENTS, AgencyTopic.AGENCY_EVENTS},
            groupId = "police-liaison-service-action-completions")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WANTED, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        CompleteOwnActionCommand command = switch (received.event()) {
            case SchoolStrategyActionCompletedEvent e ->
                new CompleteOwnActionCommand(
                        e.meetingId(),
                        e.caseId(),
                        e.actionId(),
                        true,
                        e.schoolUrn(),
                        new ActedBy("school:" + e.schoolUrn(), "SCHOOL_DSL", e.schoolUrn()),
                        e.completedAt());
            case AgencyStrategyActionCompletedEvent e ->
                new CompleteOwnActionCommand(
                        e.meetingId(),
                        e.caseId(),
                        e.actionId(),
                        false,
                        e.agencyId(),
                        new ActedBy("agency:" + e.agencyId(), "AGENCY", e.agencyId()),
                        e.completedAt());
            default -> null;
        };
        if (command == null) {
            return;
        }
        try {
            commands.sendAndWait(command);
        } catch (DomainRuleViolation | NotFoundException | AggregateNotFoundException refused) {
            throw new PoisonRecordException(
                    "Completion " + received.eventId() + " of action " + command.actionId() + " refused: "
                            + refused.getMessage(),
                    refused);
        }
    }
}
