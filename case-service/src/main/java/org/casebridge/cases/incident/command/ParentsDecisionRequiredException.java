package org.casebridge.cases.incident.command;

import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** Every child's parents were informed, or the reason not to is recorded, before closing. */
public class ParentsDecisionRequiredException extends DomainRuleViolation {

    private final Set<String> childRefs;

    public ParentsDecisionRequiredException(CaseId caseId, Set<String> childRefs) {
        super(
                422,
                "parents-decision-required",
                "Before closing this case, record whether the parents of "
                        + String.join(" and ", new java.util.TreeSet<>(childRefs)) + " were informed.");
        this.childRefs = childRefs;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("childRefs", childRefs.stream().sorted().toList());
    }
}
