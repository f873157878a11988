package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a child deleted the imagery themselves and confirmed it. */
public record ConfirmChildDeletionCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String childRef, String confirmation) {}
