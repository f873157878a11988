package org.casebridge.notification.agency;

/**
 * How far an agency is part of a case when one of its events happened: the columns of {@link SharingRules}. Each
 * level has at least the rights of the one before.
 */
public enum Involvement {
    /** The case is in the agency's area, and that is all. */
    NONE,
    /** The school referred the case to children's social care (by this event or an earlier one). */
    REFERRED_TO_CHILDRENS_SOCIAL_CARE,
    /**
     * The police invited the agency to a strategy meeting of the case or gave it an action, by this or an earlier
     * event.
     */
    INVOLVED,
    /** The event is about a strategy-meeting action the agency owns. */
    OWNS_THIS_ACTION
}
