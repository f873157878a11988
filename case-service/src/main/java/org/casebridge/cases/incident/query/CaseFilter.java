package org.casebridge.cases.incident.query;

/** The filters of a school's case list. */
public enum CaseFilter {
    ALL,
    OPEN,
    AWAITING_POLICE,
    OVERDUE,
    CLOSED,
    /** A child's record sent to a new school whose receipt did not arrive within five school days (ADR 0054). */
    TRANSFER_OVERDUE
}
