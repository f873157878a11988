package org.casebridge.cases.incident.command;

import java.util.List;
import java.util.Map;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A school does not close a case while a strategy meeting's action it owns is still open. */
public class SchoolActionsOpenException extends DomainRuleViolation {

    private final List<String> openActions;

    public SchoolActionsOpenException(CaseId caseId, List<String> openActions) {
        super(
                409,
                "school-actions-open",
                "This case cannot be closed while the school's strategy actions " + openActions
                        + " are open: mark them done first.");
        this.openActions = List.copyOf(openActions);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("openActions", openActions);
    }
}
