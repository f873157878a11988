package org.casebridge.cases.incident.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * Correct a child's age, year group or roles, with the reason. A null field keeps its value.
 *
 * @param age       the corrected age, or null
 * @param yearGroup the corrected year group, or null
 * @param roles     the corrected roles, or null
 */
public record AmendChildCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String childRef,
        Integer age,
        String yearGroup,
        Set<ChildRole> roles,
        String reason) {

    public AmendChildCommand {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
