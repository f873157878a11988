package org.casebridge.cases.incident.query;

import java.util.UUID;

/** Every event of a case in order, if it belongs to the school. */
public record FindCaseTimelineQuery(UUID caseId, String schoolUrn) {
}
