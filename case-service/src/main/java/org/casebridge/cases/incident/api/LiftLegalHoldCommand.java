package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** End the legal hold on the case, with the reason it no longer applies. */
public record LiftLegalHoldCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String reason) {}
