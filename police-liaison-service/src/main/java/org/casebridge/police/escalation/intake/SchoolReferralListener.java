package org.casebridge.police.escalation.intake;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebridge.events.Topics;
import org.casebridge.events.school.CaseClosedEvent;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.ChildAddedEvent;
import org.casebridge.events.school.ChildAmendedEvent;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.WantedEvents;
import org.casebridge.police.escalation.command.EscalationCommand.ReceiveEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCaseReferenceCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordSchoolChildChangeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordSchoolClosureCommand;
import org.casebridge.police.escalation.command.ReferredChild;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Turns the school's referrals to the police into escalations for the named force. The inbox deduplicates by event
 * id in the same transaction as the command, and the aggregate ignores a referral it already has; a later
 * escalation opens a new round. The case's reference for people (ADR 0062), a school's closure, a child it added later and a correction of a child's age, year
 * group or roles are shown on the escalation, when the police have one (ADR 0044); the inbox keeps each once.
 */
@Component
class SchoolReferralListener {

    static final String CONSUMER = "escalations";
    static final String POLICE = "POLICE";

    /** The school's events this listener acts on; the inbox passes over the rest without a transaction (ADR 0071). */
    static final WantedEvents WANTED = WantedEvents.only(
            ReferralMadeEvent.class,
            EscalationMadeEvent.class,
            ChildAddedEvent.class,
            ChildAmendedEvent.class,
            CaseReferencedEvent.class,
            CaseClosedEvent.class);

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;
    private final EventStore eventStore;

    SchoolReferralListener(IntegrationEventInbox inbox, CommandGateway commands, EventStore eventStore) {
        this.inbox = inbox;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @KafkaListener(topics = Topics.SCHOOL_EVENTS, groupId = "police-liaison-service")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WANTED, received -> {
            switch (received.event()) {
                case ReferralMadeEvent referral
                when referral.referredTo().contains(POLICE) ->
                    commands.sendAndWait(new ReceiveEscalationCommand(
                            referral.caseId(),
                            referral.forceCode(),
                            referral.schoolUrn(),
                            referral.localAuthorityCode(),
                            referral.criteriaMet(),
                            children(referral.children()),
                            referral.referredAt()));
                case EscalationMadeEvent escalation
                when escalation.referredTo().contains(POLICE) ->
                    commands.sendAndWait(new ReceiveEscalationCommand(
                            escalation.caseId(),
                            escalation.forceCode(),
                            escalation.schoolUrn(),
                            escalation.localAuthorityCode(),
                            escalation.criteriaMet(),
                            children(escalation.children()),
                            escalation.escalatedAt()));
                case ChildAddedEvent added
                when eventStore.lastSequenceNumberFor(added.caseId()).isPresent() ->
                    commands.sendAndWait(new RecordSchoolChildChangeCommand(
                            added.caseId(), added.schoolUrn(), null, child(added.child()), added.addedAt()));
                case ChildAmendedEvent amended
                when eventStore.lastSequenceNumberFor(amended.caseId()).isPresent() ->
                    commands.sendAndWait(new RecordSchoolChildChangeCommand(
                            amended.caseId(),
                            amended.schoolUrn(),
                            child(amended.before()),
                            child(amended.after()),
                            amended.amendedAt()));
                case CaseReferencedEvent referenced
                when eventStore.lastSequenceNumberFor(referenced.caseId()).isPresent() ->
                    commands.sendAndWait(new RecordCaseReferenceCommand(
                            referenced.caseId(), referenced.schoolUrn(), referenced.caseReference()));
                case CaseClosedEvent closed
                when eventStore.lastSequenceNumberFor(closed.caseId()).isPresent() ->
                    commands.sendAndWait(new RecordSchoolClosureCommand(
                            closed.caseId(),
                            closed.schoolUrn(),
                            closed.closedWithoutPoliceOutcome(),
                            closed.closedAt()));
                default -> {}
            }
        });
        ack.acknowledge();
    }

    private static List<ReferredChild> children(List<ChildSummary> children) {
        return children.stream().map(SchoolReferralListener::child).toList();
    }

    private static ReferredChild child(ChildSummary c) {
        return new ReferredChild(c.ref(), c.age(), c.yearGroup(), c.roles());
    }
}
