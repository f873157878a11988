package org.casebridge.cases.incident.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * Refer the case to the police and/or children's social care for the school's area. The reasons may be left out only
 * when a criterion is met: then the criteria are the reasons.
 */
public record ReferCaseCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, Set<Agency> referredTo, String reasons) {}
