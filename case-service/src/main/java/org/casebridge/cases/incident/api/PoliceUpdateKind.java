package org.casebridge.cases.incident.api;

/** What a police event means for the school's case. */
public enum PoliceUpdateKind {
    /** A liaison officer accepted the referral. */
    ESCALATION_ACCEPTED,
    /** The police decided the outcome of the crime record (for example Outcome 21 or 22). */
    OUTCOME_DECIDED,
    /** The police decided not to seize a device and left deletion of the imagery to the school. */
    DELETION_LEFT_TO_SCHOOL,
    /** Anything else the police published; shown on the timeline. */
    OTHER
}
