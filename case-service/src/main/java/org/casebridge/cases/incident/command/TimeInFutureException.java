package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A time a DSL gave lies in the future. */
public class TimeInFutureException extends DomainRuleViolation {

    public TimeInFutureException(String what) {
        super(422, "time-in-future", what + " cannot be in the future.");
    }
}
