package org.casebridge.cases.incident.query;

/** The filters of a school's case list. */
public enum CaseFilter {
    ALL,
    OPEN,
    AWAITING_POLICE,
    OVERDUE,
    CLOSED,
    /** A child's record sent to a new school whose receipt did not arrive within five school days (ADR 0054). */
    TRANSFER_OVERDUE,
    /** An adult in a position of trust recorded and the LADO not referred to within one working day (ADR 0055). */
    LADO_REFERRAL_OVERDUE
}
