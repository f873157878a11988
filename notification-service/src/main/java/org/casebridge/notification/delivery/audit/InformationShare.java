package org.casebridge.notification.delivery.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.Article9ConditionRequiredException;
import org.casebridge.notification.subscription.command.ConsentIsTheWrongBasisException;

/**
 * One share of case information with an agency, as the audit trail records it. Its own small stream, so that
 * recording a share never loads a long history and a share recorded twice (same id) is refused by the event store.
 */
@Aggregate
public class InformationShare {

    @AggregateIdentifier
    private String shareId;

    protected InformationShare() {}

    @CommandHandler
    public InformationShare(RecordInformationSharedCommand command) {
        if (command.lawfulBasis() == null
                || command.lawfulBasis().article9Condition() == null
                || command.lawfulBasis().article9Condition().isBlank()) {
            throw new Article9ConditionRequiredException();
        }
        if (command.lawfulBasis().article6() == Article6Basis.CONSENT) {
            throw new ConsentIsTheWrongBasisException();
        }
        apply(new InformationSharedEvent(
                command.shareId(),
                command.deliveryId(),
                command.subscriptionId(),
                command.agencyId(),
                command.eventId(),
                command.eventType(),
                command.caseId(),
                command.channel(),
                command.lawfulBasis(),
                InformationSharedEvent.SHARED_BY,
                command.sharedAt()));
    }

    @EventSourcingHandler
    void on(InformationSharedEvent event) {
        shareId = event.shareId();
    }
}
