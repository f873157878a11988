package org.casebridge.cases.incident.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Escalate with new information, at any time, including after handling in school or closing. */
public record EscalateCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        Set<Agency> referredTo,
        Set<Criterion> criteriaNowMet,
        String newInformation) {}
