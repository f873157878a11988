package org.casebridge.notification.referral.command;

/**
 * What section 47 enquiries (Children Act 1989) concluded, as Working Together to Safeguard Children 2023 lists the
 * ways forward.
 */
public enum Section47Outcome {
    /** Concerns not substantiated; no further action under s.47. */
    NO_FURTHER_ACTION,
    /** Concerns not substantiated, but the child is in need: support under s.17. */
    CHILD_IN_NEED_SUPPORT,
    /** Concerns substantiated: an initial child protection conference is convened. */
    CHILD_PROTECTION_CONFERENCE
}
