package org.casebridge.police.escalation.command;

/** What the assessment of aggravating factors decides. */
public enum PolicePath {
    /** Aggravating factors: the police take control and a strategy meeting is required. */
    POLICE_IN_CONTROL,
    /** None: the police support the victims and assist the school. */
    SUPPORT_VICTIMS_AND_ASSIST_SCHOOL
}
