package org.casebridge.notification.referral.command;

/** Who attends an allegation management meeting, by role (KCSIE Part 4, Working Together 2023). */
public enum MeetingAttendeeRole {
    /** The Local Authority Designated Officer. */
    LADO,
    /** The headteacher or principal (the case manager), or the chair of governors where it concerns the head. */
    HEADTEACHER,
    /** The school's designated safeguarding lead. */
    DESIGNATED_SAFEGUARDING_LEAD,
    /** The adult's employer, where it is not the school: a supply agency, a contractor, an organisation. */
    EMPLOYER,
    /** Human resources. */
    HUMAN_RESOURCES,
    /** The police. */
    POLICE,
    /** Children's social care. */
    CHILDRENS_SOCIAL_CARE,
    /** Anyone else. */
    OTHER
}
