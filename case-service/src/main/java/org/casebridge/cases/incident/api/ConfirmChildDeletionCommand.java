package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a child deleted the imagery themselves and confirmed it. */
public record ConfirmChildDeletionCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String childRef,
        String confirmation) {
}
