package org.casebridge.cases.incident.query;

/** The filters of a school's case list. */
public enum CaseFilter {
    ALL,
    OPEN,
    AWAITING_POLICE,
    OVERDUE,
    CLOSED
}
