package org.casebridge.cases.incident.command;

import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * An immediate-referral criterion is met, so there are grounds to suspect the device holds evidence of an offence:
 * staff must not delete, examine or view, and the child is not asked to delete, until the police have left that device
 * to the school.
 */
public class CriterionMetImageryHeldException extends DomainRuleViolation {

    private final Set<Criterion> criteriaMet;
    private final String action;

    public CriterionMetImageryHeldException(CaseId caseId, Set<Criterion> criteriaMet, String action) {
        super(
                409,
                "imagery-held-criterion-met",
                "This case meets " + criteriaMet + ": " + action
                        + " is refused unless the police have decided about that device and left it to the school.");
        this.criteriaMet = criteriaMet;
        this.action = action;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "criteriaMet", criteriaMet.stream().map(Enum::name).sorted().toList(), "action", action);
    }
}
