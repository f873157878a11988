package org.casebridge.cases.agency.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.MarkActionDoneCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionAssignedCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionCompletedCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionCompletedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionViolations.NotTheActionsOwnerException;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.platform.domain.ActedBy;

/**
 * A strategy-meeting action the police gave the school of a case. The police own the meeting and complete the action
 * there; the school's DSL marks it done here, which is published, and the police's completion comes back. Only the
 * DSL of the owning school may mark it done, once.
 */
@Aggregate
public class SchoolStrategyAction {

    private static final String SCHOOL = "SCHOOL";

    @AggregateIdentifier
    private String actionKey;

    private String caseId;
    private String schoolUrn;
    private String meetingId;
    private String actionId;
    private String ownerType;
    private String ownerOrganisation;
    private boolean done;
    private boolean completed;

    protected SchoolStrategyAction() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordActionAssignedCommand command) {
        if (actionKey != null) {
            return;
        }
        apply(new SchoolActionAssignedEvent(
                command.actionKey(),
                command.caseId(),
                command.schoolUrn(),
                command.forceCode(),
                command.meetingId(),
                command.actionId(),
                command.actionType(),
                command.ownerType(),
                command.ownerOrganisation(),
                command.dueBy(),
                command.assignedAt()));
    }

    /** Answers whether the action was already done or completed: a second click changes nothing (ADR 0090). */
    @CommandHandler
    public boolean handle(MarkActionDoneCommand command, Clock clock) {
        ActedBy by = command.by();
        if (!CaseActors.actsAsSchoolDsl(by)
                || !SCHOOL.equals(ownerType)
                || !by.organisation().equals(ownerOrganisation)) {
            throw new NotTheActionsOwnerException();
        }
        if (done || completed) {
            return true;
        }
        apply(new SchoolActionMarkedDoneEvent(actionKey, caseId, schoolUrn, meetingId, actionId, by, clock.instant()));
        return false;
    }

    @CommandHandler
    public void handle(RecordActionCompletedCommand command) {
        if (!completed) {
            apply(new SchoolActionCompletedEvent(actionKey, caseId, actionId, command.completedAt()));
        }
    }

    @EventSourcingHandler
    void on(SchoolActionAssignedEvent event) {
        actionKey = event.actionKey();
        caseId = event.caseId();
        schoolUrn = event.schoolUrn();
        meetingId = event.meetingId();
        actionId = event.actionId();
        ownerType = event.ownerType();
        ownerOrganisation = event.ownerOrganisation();
    }

    @EventSourcingHandler
    void on(SchoolActionMarkedDoneEvent event) {
        done = true;
    }

    @EventSourcingHandler
    void on(SchoolActionCompletedEvent event) {
        completed = true;
    }
}
