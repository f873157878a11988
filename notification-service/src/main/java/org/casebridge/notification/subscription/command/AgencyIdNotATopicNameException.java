package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The Kafka channel names a topic after the agency, so the agency id must be a legal topic-name part. */
public class AgencyIdNotATopicNameException extends DomainRuleViolation {

    public AgencyIdNotATopicNameException(String agencyId) {
        super(
                422,
                "agency-id-not-a-topic-name",
                "Agency id '" + agencyId + "' cannot name a Kafka topic (letters, digits, '.', '_' and '-' only)");
    }
}
