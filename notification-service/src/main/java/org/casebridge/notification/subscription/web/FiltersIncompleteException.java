package org.casebridge.notification.subscription.web;

import org.casebridge.platform.problem.DomainRuleViolation;

/** PUT replaces every filter, so it needs every one; PATCH changes some. */
public class FiltersIncompleteException extends DomainRuleViolation {

    public FiltersIncompleteException() {
        super(
                422,
                "filters-incomplete",
                "PUT replaces all filters: give eventTypes, areas and scope (or use PATCH to change some)");
    }
}
