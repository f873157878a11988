package org.casebridge.cases.incident.query;

import java.util.UUID;

/** Every event of a case in order, if the case is within the reader's scope. */
public record FindCaseTimelineQuery(UUID caseId, CaseScope scope) {}
