package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * Legitimate interests (Art 6(1)(f)) is not available to a public authority for its tasks, and a statutory duty is
 * not a contract (Art 6(1)(b)): an agency receives safeguarding shares on its public task, a legal obligation or
 * vital interests.
 */
public class Article6BasisNotForPublicAuthoritiesException extends DomainRuleViolation {

    public Article6BasisNotForPublicAuthoritiesException(Article6Basis basis) {
        super(
                422,
                "article-6-basis-not-for-public-authorities",
                basis + " is not a lawful basis a public authority may share safeguarding information on;"
                        + " use PUBLIC_TASK, LEGAL_OBLIGATION or VITAL_INTERESTS with a DPA 2018 Schedule 1 condition");
    }
}
