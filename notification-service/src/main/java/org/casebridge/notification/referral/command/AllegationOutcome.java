package org.casebridge.notification.referral.command;

/**
 * The outcome of an allegation against an adult in a position of trust, as Keeping Children Safe in Education (Part
 * 4) defines the five (ADR 0055).
 */
public enum AllegationOutcome {
    /** There is sufficient evidence to prove the allegation. */
    SUBSTANTIATED,
    /** There is insufficient evidence to either prove or disprove the allegation. */
    UNSUBSTANTIATED,
    /** There is no evidence or proper basis which supports the allegation being made. */
    UNFOUNDED,
    /** There is sufficient evidence to disprove the allegation. */
    FALSE,
    /** There is sufficient evidence to disprove the allegation and a deliberate act to deceive. */
    MALICIOUS
}
