package org.casebridge.cases.incident.command;

import java.util.Optional;
import org.casebridge.cases.incident.api.CaseId;

/**
 * Allocates case references at report time (ADR 0048): the next number of a school's prefix and year, never given
 * twice, whichever instance of the service asks.
 */
public interface CaseReferences {

    /**
     * The next reference for {@code prefix} (the school's short code, or its URN) in {@code year}, given to the case.
     */
    String allocate(CaseId caseId, String prefix, int year);

    /** The reference allocated to a case, once its report is stored; empty for a case reported before references. */
    Optional<String> of(CaseId caseId);
}
