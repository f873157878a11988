package org.casebridge.police.escalation.query;

/** Which MoPI reviews of the force the list shows (ADR 0083), by the review date against today in UK time. */
public enum ReviewFilter {
    /** The review date has come: due today or overdue. */
    DUE,
    /** The review date has passed. */
    OVERDUE,
    /** Not due yet, but due within the period asked for. */
    UPCOMING
}
