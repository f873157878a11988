package org.casebridge.notification.referral.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordUnroutedLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordUnroutedReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralNotRoutedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralNotRoutedEvent;

/**
 * A school's referral that reached no agency: the agency directory names no children's social care agency (or, for a
 * referral to the LADO, no LADO, ADR 0065) serving the case's area when it was made. Recorded once per case and route
 * (each has its own id), published so that the school's case says so, rather than the referral vanishing (domain
 * review defect 8).
 */
@Aggregate
public class UnroutedReferral {

    @AggregateIdentifier
    private String unroutedId;

    protected UnroutedReferral() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordUnroutedReferralCommand command) {
        if (unroutedId != null) {
            return;
        }
        apply(new ReferralNotRoutedEvent(
                command.unroutedId(),
                command.caseId(),
                command.schoolUrn(),
                command.localAuthorityCode(),
                command.referredAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordUnroutedLadoReferralCommand command) {
        if (unroutedId != null) {
            return;
        }
        apply(new LadoReferralNotRoutedEvent(
                command.unroutedId(),
                command.caseId(),
                command.schoolUrn(),
                command.localAuthorityCode(),
                command.referredAt()));
    }

    @EventSourcingHandler
    void on(ReferralNotRoutedEvent event) {
        unroutedId = event.unroutedId();
    }

    @EventSourcingHandler
    void on(LadoReferralNotRoutedEvent event) {
        unroutedId = event.unroutedId();
    }
}
