package org.casebridge.cases.incident.api;

/** What a police event means for the school's case. */
public enum PoliceUpdateKind {
    /** A liaison officer accepted the referral (or the current round of a re-escalation). */
    ESCALATION_ACCEPTED,
    /** The police declined the referral (or the current round): the case no longer awaits them. */
    ESCALATION_DECLINED,
    /** New information from the school opened a new round on the police escalation; {@code round} says which. */
    ROUND_OPENED,
    /** The police decided the outcome of the crime record (for example Outcome 21 or 22). */
    OUTCOME_DECIDED,
    /**
     * The police decided not to seize the school's device {@code schoolDeviceRef} and left deletion of the imagery on
     * it to the school. Applies to that device only, until a re-escalation.
     */
    DELETION_LEFT_TO_SCHOOL,
    /** The police decided something else about the school's device {@code schoolDeviceRef}; no deletion by the school. */
    DEVICE_DECIDED,
    /** The police convened a strategy meeting; it stays live until the police outcome. */
    STRATEGY_MEETING_CONVENED,
    /** A strategy meeting gave an action ({@code policeRef}) to an organisation. */
    ACTION_ASSIGNED,
    /** The strategy-meeting action {@code policeRef} was completed. */
    ACTION_COMPLETED,
    /** The police gave their standard disclosure statement to the school and/or parents. */
    DISCLOSURE_STATEMENT_GIVEN,
    /**
     * The force holding the escalation placed it under a legal hold (ADR 0081, ADR 0087): the school's retention
     * erasure of the case waits until it is lifted (ADR 0089). The reason stays with the police.
     */
    LEGAL_HOLD_PLACED,
    /** The force lifted its legal hold on the escalation (ADR 0089); the reason stays with the police. */
    LEGAL_HOLD_LIFTED,
    /** Anything else the police published; shown on the timeline. */
    OTHER
}
