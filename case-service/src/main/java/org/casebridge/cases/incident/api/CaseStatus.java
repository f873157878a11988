package org.casebridge.cases.incident.api;

/** Where a case stands. */
public enum CaseStatus {
    REPORTED,
    REVIEWED,
    HANDLED_IN_SCHOOL,
    REFERRED,
    CLOSED
}
