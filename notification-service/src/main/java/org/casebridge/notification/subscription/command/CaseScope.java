package org.casebridge.notification.subscription.command;

/** Which cases a subscription covers. */
public enum CaseScope {
    /** Every case whose local authority is one of the subscription's areas. */
    ALL_IN_AREA,
    /**
     * Only cases the agency is involved in (invited to a strategy meeting or owning an action), learnt from the
     * police events, and only what happens from the event that involved it on; when the subscription names areas,
     * the case must also be in one of them.
     */
    INVOLVED_ONLY
}
