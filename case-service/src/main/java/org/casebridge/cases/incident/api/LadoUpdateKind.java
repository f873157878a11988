package org.casebridge.cases.incident.api;

/** What a LADO's step, learnt from {@code casebridge.agency.events}, means for the school's case (ADR 0055). */
public enum LadoUpdateKind {
    /** The referral reached the LADO of the school's area. */
    REFERRAL_RECEIVED,
    /** The LADO acknowledged it. */
    REFERRAL_ACKNOWLEDGED,
    /** The LADO held the allegation management meeting. */
    MEETING_HELD,
    /** The LADO recorded the allegation's outcome. */
    OUTCOME_RECORDED,
    /** The LADO's one-working-day acknowledgement ran out on its clock (ADR 0065). */
    ACKNOWLEDGEMENT_OVERDUE
}
