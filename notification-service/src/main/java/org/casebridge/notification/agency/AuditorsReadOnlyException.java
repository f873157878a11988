package org.casebridge.notification.agency;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Auditors read every agency's subscriptions, deliveries and shares, and change none of them. */
public class AuditorsReadOnlyException extends DomainRuleViolation {

    public AuditorsReadOnlyException() {
        super(403, "auditors-read-only", "An auditor may read subscriptions and deliveries but not change them");
    }
}
