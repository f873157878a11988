package org.casebridge.platform.problem;

import java.util.Map;

/**
 * A command that breaks a rule of the domain. Each subclass names one rule; the web layer renders it as an
 * RFC 9457 problem with type {@code https://casebridge.org/problems/<rule>}.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    private final int status;
    private final String rule;
    private final String detail;

    /**
     * @param status 409 when the request conflicts with the current state, 422 when it breaks a rule
     * @param rule   a short slug naming the rule, for example {@code referral-required}
     * @param detail a sentence a user can act on; never personal data
     */
    protected DomainRuleViolation(int status, String rule, String detail) {
        super(detail);
        if (status != 409 && status != 422 && status != 403) {
            throw new IllegalArgumentException("A rule violation is a 403, 409 or 422, not " + status);
        }
        this.status = status;
        this.rule = rule;
        this.detail = detail;
    }

    /** The sentence a user can act on; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return detail;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    /** Extra problem members, for example the criteria that forced a referral. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
