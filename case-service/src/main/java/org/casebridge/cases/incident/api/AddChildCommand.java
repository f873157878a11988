package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * Add a child found after the report, with the reason. The child's personal details go to the vault beside the
 * command ({@code ChildAmendments}), never into it.
 */
public record AddChildCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, ChildInvolved child, String reason) {}
