package org.casebridge.cases.incident.command;

import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The initial review must answer each of the five criteria yes or no. */
public class CriteriaUnansweredException extends DomainRuleViolation {

    private final Set<Criterion> unanswered;

    public CriteriaUnansweredException(Set<Criterion> unanswered) {
        super(
                422,
                "criteria-unanswered",
                "Answer each immediate-referral criterion yes or no; unanswered: " + unanswered + ".");
        this.unanswered = unanswered;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("unanswered", unanswered.stream().map(Enum::name).sorted().toList());
    }
}
