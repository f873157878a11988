package org.casebridge.notification.retention;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.platform.domain.ActedBy;

/**
 * One erasure of a case's copies by the retention job (ADR 0069), in its own small stream like a share record: only
 * the retention job, as a system actor of the controller whose events they were, records one, with its reason, and
 * only for something erased.
 */
@Aggregate
public class CopiesErasure {

    /** The id the retention job acts under, as {@link ActedBy#SYSTEM} of the controller (as case-service's job). */
    public static final String RETENTION = "casebridge:retention";

    @AggregateIdentifier
    private String erasureId;

    protected CopiesErasure() {}

    @CommandHandler
    public CopiesErasure(RecordCopiesErasedCommand command) {
        ActedBy by = command.by();
        if (by == null || !RETENTION.equals(by.id()) || !ActedBy.SYSTEM.equals(by.role())) {
            throw new IllegalArgumentException("Only the retention job erases copies");
        }
        if (command.receivedEvents() < 0
                || command.deliveries() < 0
                || command.receivedEvents() + command.deliveries() == 0) {
            throw new IllegalArgumentException("An erasure records something erased");
        }
        if (command.rationale() == null || command.rationale().isBlank()) {
            throw new IllegalArgumentException("An erasure says why");
        }
        apply(new CopiesErasedEvent(
                command.erasureId(),
                command.caseId(),
                command.receivedEvents(),
                command.deliveries(),
                command.occurredBefore(),
                by,
                command.at(),
                command.rationale()));
    }

    /** The retention job acting for {@code controller}, the school or force whose events the copies were. */
    public static ActedBy retention(String controller) {
        return new ActedBy(RETENTION, ActedBy.SYSTEM, controller);
    }

    @EventSourcingHandler
    void on(CopiesErasedEvent event) {
        erasureId = event.erasureId();
    }
}
