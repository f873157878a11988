package org.casebridge.police.escalation.query;

/** Which escalations of the force the inbox shows. */
public enum InboxFilter {
    /** New and accepted (not declined). */
    ACTIVE,
    NEW,
    ACCEPTED,
    /** Accepted by the caller. */
    MINE,
    /** The strategy-meeting clock or one of the case's actions is overdue. */
    OVERDUE,
    DECLINED
}
