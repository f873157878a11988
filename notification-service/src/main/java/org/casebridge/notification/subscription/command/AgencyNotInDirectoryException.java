package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** An organisation the agency directory does not list serves no area, so it may not subscribe to any case. */
public class AgencyNotInDirectoryException extends DomainRuleViolation {

    public AgencyNotInDirectoryException(String agencyId) {
        super(
                403,
                "agency-not-in-directory",
                "The agency directory does not list " + agencyId
                        + ": ask the service's administrators to add it with the areas it serves");
    }
}
