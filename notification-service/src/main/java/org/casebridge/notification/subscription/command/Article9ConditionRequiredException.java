package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Shares of special category data need an Article 9 condition. */
public class Article9ConditionRequiredException extends DomainRuleViolation {

    public Article9ConditionRequiredException() {
        super(
                422,
                "article-9-condition-required",
                "An Article 9 condition is required, for example"
                        + " DPA 2018 Sch 1 para 18 (safeguarding of children and individuals at risk)");
    }
}
