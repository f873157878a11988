package org.casebridge.police.escalation.query;

import org.casebridge.platform.access.OrganisationCases;
import org.springframework.stereotype.Component;

/** A force's escalations, by the force they are with now: what its auditor's access-log searches cover. */
@Component
class ForceCases implements OrganisationCases {

    @Override
    public String caseIdsSql() {
        return "SELECT case_id FROM police_escalation WHERE force_code = ?";
    }
}
