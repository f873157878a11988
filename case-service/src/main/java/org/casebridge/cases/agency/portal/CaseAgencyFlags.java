package org.casebridge.cases.agency.portal;

import java.util.List;
import java.util.UUID;
import org.casebridge.cases.agency.query.AgencyActsQueries;
import org.casebridge.cases.agency.query.AgencyActsView;
import org.springframework.stereotype.Component;

/**
 * The case page's flag for children's social care's acknowledgement clock and the school's open strategy actions
 * ({@code @caseAgencyFlags} in templates).
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

    /** The school's strategy actions still open: what, owner and due, for the case page. */
    public List<AgencyActsView.SchoolAction> openSchoolActions(String caseId) {
        return queries.of(UUID.fromString(caseId)).strategyActions().stream()
                .filter(AgencyActsView.SchoolAction::open)
                .toList();
    }
}
