package org.casebridge.cases.incident.api;

/** How widely the imagery is believed to have been shared. */
public enum Spread {
    NOT_SHARED,
    ONE_RECIPIENT,
    SMALL_GROUP,
    WIDELY_IN_SCHOOL,
    BEYOND_SCHOOL,
    NOT_KNOWN
}
