package org.casebridge.cases.incident.query;

/** The cases within the reader's scope, newest first: a school's own for its DSL or auditor, else none. */
public record FindCasesQuery(CaseScope scope, CaseFilter filter) {}
