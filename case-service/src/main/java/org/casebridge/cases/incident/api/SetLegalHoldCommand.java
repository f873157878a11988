package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Suspend disposal of the case's personal details, with the reason (litigation, an inquiry, a police request). */
public record SetLegalHoldCommand(@TargetAggregateIdentifier CaseId caseId, ActedBy by, String reason) {}
