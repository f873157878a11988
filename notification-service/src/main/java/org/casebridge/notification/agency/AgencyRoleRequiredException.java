package org.casebridge.notification.agency;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Subscriptions and deliveries belong to agencies: schools, police and auditors have their own services. */
public class AgencyRoleRequiredException extends DomainRuleViolation {

    public AgencyRoleRequiredException(String role) {
        super(403, "agency-role-required", "Only an agency or an auditor may use this service, not " + role);
    }
}
