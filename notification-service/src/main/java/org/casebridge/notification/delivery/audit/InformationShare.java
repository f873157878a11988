package org.casebridge.notification.delivery.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.notification.subscription.command.Subscription;

/**
 * One share of case information with an agency, as the audit trail records it. Its own small stream, so that
 * recording a share never loads a long history and a share recorded twice (same id) is refused by the event store.
 * A share names its controller and the basis the controller shared on, is received on a basis a public authority may
 * use with a Schedule 1 condition, and names the rule that entitled the agency (ADR 0024, ADR 0025).
 */
@Aggregate
public class InformationShare {

    @AggregateIdentifier
    private String shareId;

    protected InformationShare() {}

    @CommandHandler
    public InformationShare(RecordInformationSharedCommand command) {
        Subscription.checkLawfulBasis(command.lawfulBasis());
        if (command.controller() == null) {
            throw new ShareNotAccountableException("its controller, the school or force whose record it is");
        }
        if (command.controllerBasis() == null) {
            throw new ShareNotAccountableException("the lawful basis its controller shared the event on");
        }
        if (command.entitlement() == null || "NO".equals(command.entitlement().share())) {
            throw new ShareNotAccountableException("the sharing rule that entitles the agency to it");
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
                command.controller(),
                command.controllerBasis().attribute(),
                command.lawfulBasis(),
                command.entitlement(),
                InformationSharedEvent.sharedFor(command.controller()),
                command.sharedAt()));
    }

    @EventSourcingHandler
    void on(InformationSharedEvent event) {
        shareId = event.shareId();
    }
}
