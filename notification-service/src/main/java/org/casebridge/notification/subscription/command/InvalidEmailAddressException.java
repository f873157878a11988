package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The email channel needs a plain mailbox address. */
public class InvalidEmailAddressException extends DomainRuleViolation {

    public InvalidEmailAddressException(String address) {
        super(422, "invalid-email-address", "Not a usable email address: " + address);
    }
}
