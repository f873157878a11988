package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.domain.ActedBy;

/** Opens the receiving school's record of a child whose file the sending school's DSL ({@code by}) sent. */
public record ReceiveChildRecordCommand(
        @TargetAggregateIdentifier UUID transferId,
        String schoolUrn,
        String fromSchoolUrn,
        CaseId fromCaseId,
        String fromCaseReference,
        ActedBy by,
        LocalDate childStartedOn,
        Instant dueAt,
        String reason,
        TransferredRecordContent record) {}
