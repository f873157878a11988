package org.casebridge.cases.agency.portal;

import java.util.UUID;
import org.casebridge.cases.agency.query.AgencyActsQueries;
import org.springframework.stereotype.Component;

/**
 * The case page's flag for children's social care's acknowledgement clock ({@code @caseAgencyFlags} in templates).
 * Only ever called for a case the page has already shown the reader.
 */
@Component("caseAgencyFlags")
public class CaseAgencyFlags {

    private final AgencyActsQueries queries;

    public CaseAgencyFlags(AgencyActsQueries queries) {
        this.queries = queries;
    }

    public boolean acknowledgementOverdue(String caseId) {
        return queries.of(UUID.fromString(caseId)).acknowledgementOverdue();
    }
}
