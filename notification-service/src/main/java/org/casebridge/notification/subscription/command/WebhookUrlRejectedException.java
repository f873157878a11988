package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A webhook URL must be https and reach a public address (http and private addresses only in the local profile). */
public class WebhookUrlRejectedException extends DomainRuleViolation {

    public WebhookUrlRejectedException(String reason) {
        super(422, "webhook-url-rejected", reason);
    }
}
