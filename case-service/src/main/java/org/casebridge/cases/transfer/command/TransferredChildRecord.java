package org.casebridge.cases.transfer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.command.PersonalDetailsAlreadyErasedException;
import org.casebridge.cases.incident.command.RationaleRequiredException;
import org.casebridge.cases.transfer.api.ChildRecordReceipt;
import org.casebridge.cases.transfer.api.ChildRecordReceiptConfirmedEvent;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.cases.transfer.api.ConfirmChildRecordReceiptCommand;
import org.casebridge.cases.transfer.api.EraseReceivedChildRecordCommand;
import org.casebridge.cases.transfer.api.ReceiveChildRecordCommand;
import org.casebridge.cases.transfer.api.ReceivedChildRecordErasedEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;

/**
 * The receiving school's own record of a child whose child protection file another school sent (ADR 0054). Only the
 * receiving school's DSL confirms its receipt; for anyone else it does not exist. A second confirmation changes
 * nothing and says so. Only the retention job of the receiving school erases it, once (ADR 0069).
 */
@Aggregate
public class TransferredChildRecord {

    /** The transfer id as a string, as {@code SafeguardingCase} keeps its id. */
    @AggregateIdentifier
    private String id;

    private String schoolUrn;
    private CaseId fromCaseId;
    private Instant confirmedAt;
    private boolean erased;

    protected TransferredChildRecord() {}

    @CommandHandler
    public TransferredChildRecord(ReceiveChildRecordCommand command, Clock clock) {
        ActedBy by = command.by();
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        if (!by.organisation().equals(command.fromSchoolUrn())) {
            throw new NotFoundException("case", command.fromCaseId().toString());
        }
        apply(new ChildRecordReceivedEvent(
                command.transferId(),
                command.schoolUrn(),
                by,
                clock.instant(),
                command.fromSchoolUrn(),
                command.fromCaseId(),
                command.fromCaseReference(),
                command.childStartedOn(),
                command.dueAt(),
                command.record(),
                command.reason()));
    }

    @CommandHandler
    public ChildRecordReceipt handle(ConfirmChildRecordReceiptCommand command, Clock clock) {
        ActedBy by = command.by();
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        if (!schoolUrn.equals(by.organisation())) {
            throw new NotFoundException("transfer", id);
        }
        if (confirmedAt != null) {
            return new ChildRecordReceipt(fromCaseId, confirmedAt, true);
        }
        Instant now = clock.instant();
        apply(new ChildRecordReceiptConfirmedEvent(
                command.transferId(), schoolUrn, by, now, "Receipt of the child's record confirmed"));
        return new ChildRecordReceipt(fromCaseId, now, false);
    }

    @CommandHandler
    public void handle(EraseReceivedChildRecordCommand command, Clock clock) {
        ActedBy by = command.by();
        if (!CaseActors.actsAsRetention(by) || !schoolUrn.equals(by.organisation())) {
            throw new NotFoundException("transfer", id);
        }
        if (command.rationale() == null || command.rationale().isBlank()) {
            throw new RationaleRequiredException("Erasing a received record");
        }
        if (erased) {
            throw new PersonalDetailsAlreadyErasedException(fromCaseId);
        }
        apply(new ReceivedChildRecordErasedEvent(
                command.transferId(), schoolUrn, by, clock.instant(), command.rationale()));
    }

    @EventSourcingHandler
    void on(ChildRecordReceivedEvent event) {
        id = event.transferId().toString();
        schoolUrn = event.schoolUrn();
        fromCaseId = event.fromCaseId();
    }

    @EventSourcingHandler
    void on(ChildRecordReceiptConfirmedEvent event) {
        confirmedAt = event.at();
    }

    @EventSourcingHandler
    void on(ReceivedChildRecordErasedEvent event) {
        erased = true;
    }
}
