package org.casebridge.cases.incident.command;

import java.util.Map;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The report's own facts make a criterion true, so the review cannot answer it "no". */
public class CriterionContradictsReportException extends DomainRuleViolation {

    private final Criterion criterion;
    private final String fact;

    public CriterionContradictsReportException(Criterion criterion, String fact) {
        super(
                422,
                "criterion-contradicts-report",
                criterion + " cannot be answered no: " + fact + ". Correct the report's facts with a reason if they"
                        + " are wrong.");
        this.criterion = criterion;
        this.fact = fact;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("criterion", criterion.name(), "fact", fact);
    }
}
