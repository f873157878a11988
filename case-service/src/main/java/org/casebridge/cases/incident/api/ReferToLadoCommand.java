package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * Refer the adults in a position of trust recorded on the case, and not referred yet, to the Local Authority
 * Designated Officer of the school's area (ADR 0055), with what the DSL tells the LADO (kept in case-service).
 */
public record ReferToLadoCommand(@TargetAggregateIdentifier CaseId caseId, ActedBy by, String rationale) {}
