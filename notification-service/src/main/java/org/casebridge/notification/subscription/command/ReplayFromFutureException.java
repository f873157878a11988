package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A replay starts in the past. */
public class ReplayFromFutureException extends DomainRuleViolation {

    public ReplayFromFutureException(Instant from) {
        super(422, "replay-from-in-the-future", "Cannot replay from " + from + ", which is in the future");
    }
}
