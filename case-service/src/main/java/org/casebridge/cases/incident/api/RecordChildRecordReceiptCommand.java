package org.casebridge.cases.incident.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The receiving school's DSL confirmed receipt of a transferred record: the sending case learns it. */
public record RecordChildRecordReceiptCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, UUID transferId) {}
