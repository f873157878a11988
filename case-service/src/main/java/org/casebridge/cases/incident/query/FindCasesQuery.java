package org.casebridge.cases.incident.query;

/** A school's cases, newest first. */
public record FindCasesQuery(String schoolUrn, CaseFilter filter) {
}
