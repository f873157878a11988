package org.casebridge.cases.incident.query;

import java.util.UUID;

/** One case, if it is within the reader's scope. */
public record FindCaseQuery(UUID caseId, CaseScope scope) {}
