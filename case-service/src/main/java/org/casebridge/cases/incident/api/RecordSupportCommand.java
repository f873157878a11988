package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record support given to a child. */
public record RecordSupportCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String childRef,
        SupportType supportType,
        String description) {}
