package org.casebridge.notification.subscription.command;

import java.util.List;
import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** An agency of a kind that hears only of the cases it is involved in cannot follow every case of its areas. */
public class ScopeNotForAgencyKindException extends DomainRuleViolation {

    private final String kind;

    public ScopeNotForAgencyKindException(String kind) {
        super(
                422,
                "scope-not-for-agency-kind",
                "A " + kind + " agency hears only of the cases it is involved in: "
                        + "choose INVOLVED_ONLY, not ALL_IN_AREA");
        this.kind = kind;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("agencyKind", kind, "allowedScopes", List.of(CaseScope.INVOLVED_ONLY.name()));
    }
}
