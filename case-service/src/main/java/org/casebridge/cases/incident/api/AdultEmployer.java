package org.casebridge.cases.incident.api;

/**
 * The kind of organisation that employs or places an adult in a position of trust: the LADO needs to know whose
 * process applies (KCSIE Part 4: a supply agency's or a contractor's as well as the school's). Never its name.
 */
public enum AdultEmployer {
    /** This school. */
    THIS_SCHOOL,
    /** Another school or college. */
    ANOTHER_SCHOOL,
    /** A supply or employment agency. */
    SUPPLY_AGENCY,
    /** A contractor's company. */
    CONTRACTOR_COMPANY,
    /** Any other organisation, such as a club or a charity the volunteer comes from. */
    OTHER_ORGANISATION
}
