package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Shares of special category data need an Article 9 condition from DPA 2018 Schedule 1. */
public class Article9ConditionRequiredException extends DomainRuleViolation {

    public Article9ConditionRequiredException() {
        super(
                422,
                "article-9-condition-required",
                "An Article 9 condition from DPA 2018 Schedule 1 is required, for example"
                        + " PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK");
    }
}
