package org.casebridge.cases.transfer.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The retention job erases a received child's record whose retention ended (ADR 0069), with its reason. */
public record EraseReceivedChildRecordCommand(
        @TargetAggregateIdentifier UUID transferId, ActedBy by, String rationale) {}
