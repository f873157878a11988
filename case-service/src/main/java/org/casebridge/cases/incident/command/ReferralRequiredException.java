package org.casebridge.cases.incident.command;

import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.platform.problem.DomainRuleViolation;

/** At least one immediate-referral criterion is met, so the case cannot be handled in school. */
public class ReferralRequiredException extends DomainRuleViolation {

    private final Set<Criterion> criteriaMet;

    public ReferralRequiredException(CaseId caseId, Set<Criterion> criteriaMet) {
        super(
                422,
                "referral-required",
                "This case meets " + criteriaMet
                        + " and must be referred to the police and/or children's social care.");
        this.criteriaMet = criteriaMet;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "criteriaMet", criteriaMet.stream().map(Enum::name).sorted().toList());
    }
}
