package org.casebridge.notification.subscription.command;

import java.time.Instant;
import java.util.Map;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A subscription is replayed at most once a minute. */
public class ReplayTooSoonException extends DomainRuleViolation {

    private final Instant notBefore;

    public ReplayTooSoonException(String subscriptionId, Instant notBefore) {
        super(
                409,
                "replay-too-soon",
                "Subscription " + subscriptionId + " was sent its events again less than a "
                        + "minute ago; ask again from " + notBefore);
        this.notBefore = notBefore;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("notBefore", notBefore.toString());
    }
}
