package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Decide to handle the case in school; allowed only when no criterion is met, with a rationale. */
public record HandleInSchoolCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String rationale) {}
