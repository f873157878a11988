package org.casebridge.police.escalation.query;

/** The order of the list of MoPI reviews. */
public enum ReviewSort {
    /** The earliest review date first: the longest overdue on top. */
    DUE("e.review_on ASC"),
    /** By MoPI group (1, the gravest, first), then the earliest review date. */
    GROUP("e.review_group ASC, e.review_on ASC");

    private final String orderBy;

    ReviewSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
