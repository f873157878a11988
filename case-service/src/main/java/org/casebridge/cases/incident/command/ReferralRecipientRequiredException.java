package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A referral or escalation names the police and/or children's social care. */
public class ReferralRecipientRequiredException extends DomainRuleViolation {

    public ReferralRecipientRequiredException() {
        super(
                422,
                "referral-recipient-required",
                "Name who the case is referred to: POLICE and/or CHILDRENS_SOCIAL_CARE.");
    }
}
