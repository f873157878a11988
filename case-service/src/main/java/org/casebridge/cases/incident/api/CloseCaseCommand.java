package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Close the case with an outcome summary; for a referred case closed before the police outcome, why. */
public record CloseCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String outcomeSummary,
        String policeOutcomeNotAwaitedReason) {}
