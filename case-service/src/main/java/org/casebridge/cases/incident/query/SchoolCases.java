package org.casebridge.cases.incident.query;

import org.casebridge.platform.access.OrganisationCases;
import org.springframework.stereotype.Component;

/** A school's cases, by its URN: what its auditor's access-log searches and its DSL's "read by others" cover. */
@Component
class SchoolCases implements OrganisationCases {

    @Override
    public String caseIdsSql() {
        return "SELECT case_id::text FROM case_summary WHERE school_urn = ?";
    }
}
