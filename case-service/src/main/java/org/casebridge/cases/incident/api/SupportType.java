package org.casebridge.cases.incident.api;

/** Support given to a child. */
public enum SupportType {
    PASTORAL,
    COUNSELLING,
    SCHOOL_NURSE,
    CAMHS_REFERRAL,
    EARLY_HELP,
    REPORT_REMOVE_SIGNPOSTED,
    PREVENTATIVE_EDUCATION,
    OTHER
}
