package org.casebridge.notification.subscription.command;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The Article 9 condition is chosen from the DPA 2018 Schedule 1 conditions, not written as free text. */
public class Article9ConditionNotInScheduleOneException extends DomainRuleViolation {

    public Article9ConditionNotInScheduleOneException() {
        super(
                422,
                "article-9-condition-not-in-schedule-1",
                "The Article 9 condition must be one of the DPA 2018 Schedule 1 conditions, given as schedule1Condition: "
                        + Arrays.stream(Schedule1Condition.values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")));
    }
}
