package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Only webhook subscriptions have a signing secret. */
public class SecretRotationRequiresWebhookException extends DomainRuleViolation {

    public SecretRotationRequiresWebhookException(String subscriptionId, ChannelType channel) {
        super(
                422,
                "secret-rotation-requires-webhook",
                "Subscription " + subscriptionId + " delivers by " + channel + " and has no signing secret");
    }
}
