package org.casebridge.cases.incident.command;

import java.util.List;
import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * A school does not close a case while an adult in a position of trust recorded on it waits for the referral to the
 * LADO, on its one working day or overdue (KCSIE Part 4, ADR 0065).
 */
public class LadoReferralPendingException extends DomainRuleViolation {

    private final List<String> adultRefs;

    public LadoReferralPendingException(List<String> adultRefs) {
        super(
                409,
                "lado-referral-pending",
                "This case cannot be closed while " + String.join(" and ", adultRefs)
                        + " waits for the referral to the LADO: refer the case to the LADO first.");
        this.adultRefs = List.copyOf(adultRefs);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("adultRefs", adultRefs);
    }
}
