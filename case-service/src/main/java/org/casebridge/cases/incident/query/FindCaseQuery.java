package org.casebridge.cases.incident.query;

import java.util.UUID;

/** One case, if it belongs to the school. */
public record FindCaseQuery(UUID caseId, String schoolUrn) {
}
