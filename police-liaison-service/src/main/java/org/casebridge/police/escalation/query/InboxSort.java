package org.casebridge.police.escalation.query;

/** The order of the inbox. */
public enum InboxSort {
    /** Oldest referral first: the longest waiting on top. */
    OLDEST("referred_at ASC"),
    NEWEST("referred_at DESC"),
    /** The latest to reach the force first: what has just come in, whenever the school referred it. */
    ARRIVED("received_at DESC"),
    /** The strategy-meeting clock that runs out first on top. */
    DUE("strategy_meeting_due_by ASC");

    private final String orderBy;

    InboxSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
