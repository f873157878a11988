package org.casebridge.notification.agency;

/**
 * The kinds of agency that receive case events (DOMAIN: who does what). What each kind may receive is written in
 * {@link SharingRules}. A CAMHS team or a designated nurse is a {@link #HEALTH} agency.
 */
public enum AgencyKind {
    /** The local authority's children's social care: s.17/s.47 work on the cases referred to it. */
    CHILDRENS_SOCIAL_CARE,
    /** The multi-agency safeguarding hub: the front door through which a school's referral reaches social care. */
    MASH,
    /** The local authority designated officer: allegations against adults working with children. */
    LADO,
    /** NHS safeguarding teams, CAMHS, school nursing. */
    HEALTH
}
