package org.casebridge.cases.transfer.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The receiving school's DSL confirms that the record arrived. Answers with a {@link ChildRecordReceipt}. */
public record ConfirmChildRecordReceiptCommand(
        @TargetAggregateIdentifier UUID transferId, ActedBy by) {}
