package org.casebridge.police.shared;

import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * A refusal whose problem names the one thing it is about as a member, so that a client or a portal page can point at
 * it: the field missing, the decision without a rationale, the role refused, the unknown force.
 */
public abstract class RuleViolationAbout extends DomainRuleViolation {

    private final String member;
    private final Object value;

    /**
     * @param member the problem member's name, for example {@code forceCode}
     * @param value its value; never personal data
     */
    protected RuleViolationAbout(int status, String rule, String detail, String member, Object value) {
        super(status, rule, detail);
        this.member = member;
        this.value = value;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(member, value);
    }
}
