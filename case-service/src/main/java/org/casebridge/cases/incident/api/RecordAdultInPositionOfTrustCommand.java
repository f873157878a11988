package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * Record that an adult in a position of trust is or may be involved (KCSIE Part 4), at the initial review or later:
 * their role, the kind of organisation that employs them, and why the DSL thinks so. It starts the one working day in
 * which the case must be referred to the Local Authority Designated Officer (ADR 0055).
 */
public record RecordAdultInPositionOfTrustCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        AdultRole role,
        AdultEmployer employer,
        String rationale) {}
