package org.casebridge.cases.agency.intake;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionAssignedCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionCompletedCommand;
import org.casebridge.events.Topics;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.kafka.WantedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The strategy-meeting actions the police gave the school of a case held here, and their completion, into the
 * {@code SchoolStrategyAction} aggregate, once per event. An assignment is read from {@code strategy-action-assigned.v2},
 * which says what the action is; version 1, published beside it while agencies move, is left alone, so that an action
 * is recorded once (ADR 0044, as ADR 0020 for device decisions). Its own consumer group, beside the police decisions
 * listener, which keeps the timeline's summary line of every police event.
 */
@Component
public class SchoolActionsListener {

    static final String CONSUMER = "school-strategy-actions";

    /** The police's events about actions; the inbox passes over the rest without a transaction (ADR 0071). */
    static final WantedEvents WANTED =
            WantedEvents.only(StrategyActionAssignedEventV2.class, StrategyActionCompletedEvent.class);

    private static final String SCHOOL = "SCHOOL";

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;
    private final CaseSchools schools;

    public SchoolActionsListener(IntegrationEventInbox inbox, CommandGateway commands, CaseSchools schools) {
        this.inbox = inbox;
        this.commands = commands;
        this.schools = schools;
    }

    @KafkaListener(topics = Topics.POLICE_EVENTS, groupId = "case-service-school-actions")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WANTED, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        switch (received.event()) {
            case StrategyActionAssignedEventV2 e
            when SCHOOL.equals(e.ownerOrganisationType()) -> {
                Optional<String> school = schools.schoolOf(e.caseId());
                if (school.isPresent() && school.get().equals(e.ownerOrganisation())) {
                    commands.sendAndWait(new RecordActionAssignedCommand(
                            SchoolStrategyActionCommand.key(e.caseId(), e.actionId()),
                            e.caseId(),
                            school.get(),
                            e.forceCode(),
                            e.meetingId(),
                            e.actionId(),
                            StrategyActionType.ofCode(e.actionType()).name(),
                            e.ownerOrganisationType(),
                            e.ownerOrganisation(),
                            e.dueBy(),
                            e.assignedAt()));
                }
            }
            case StrategyActionCompletedEvent e -> {
                try {
                    commands.sendAndWait(new RecordActionCompletedCommand(
                            SchoolStrategyActionCommand.key(e.caseId(), e.actionId()), e.completedAt()));
                } catch (AggregateNotFoundException notTheSchools) {
                    // an action of another organisation: the school keeps only its own
                }
            }
            default -> {}
        }
    }
}
