package org.casebridge.police.escalation.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.casebridge.police.shared.CaseStanding;
import org.springframework.stereotype.Component;

/**
 * {@link CaseStanding} from the escalation's own events, so that a device decided right after the escalation was
 * accepted sees the acceptance (the read model may lag behind).
 */
@Component
class EventStoreCaseStanding implements CaseStanding {

    private final EventStore eventStore;

    EventStoreCaseStanding(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean accepted(String caseId) {
        return standing(caseId).accepted();
    }

    @Override
    public boolean outcomeAssigned(String caseId) {
        return standing(caseId).outcomeAssigned();
    }

    private Standing standing(String caseId) {
        Standing standing = new Standing(false, false);
        var events = eventStore
                .readEvents(caseId)
                .asStream()
                .map(Message::getPayload)
                .iterator();
        while (events.hasNext()) {
            standing = switch (events.next()) {
                case EscalationEvent.EscalationReceivedEvent received -> new Standing(false, false);
                case EscalationEvent.EscalationRoundOpenedEvent round -> new Standing(false, false);
                case EscalationEvent.EscalationTransferredEvent transferred ->
                    new Standing(false, standing.outcomeAssigned());
                case EscalationEvent.EscalationAcceptedEvent accepted -> new Standing(true, standing.outcomeAssigned());
                case EscalationEvent.EscalationDeclinedEvent declined ->
                    new Standing(false, standing.outcomeAssigned());
                case EscalationEvent.OutcomeAssignedEvent assigned -> new Standing(standing.accepted(), true);
                default -> standing;
            };
        }
        return standing;
    }

    private record Standing(boolean accepted, boolean outcomeAssigned) {}
}
