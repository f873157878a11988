package org.casebridge.cases.incident.api;

/**
 * The position of trust an adult involved in a case holds (Keeping Children Safe in Education, Part 4): the role
 * only, never who they are. It is what the Local Authority Designated Officer is told.
 */
public enum AdultRole {
    /** A member of staff, teaching or support. */
    STAFF,
    /** A volunteer working with children. */
    VOLUNTEER,
    /** A contractor working on the school's site or for it. */
    CONTRACTOR,
    /** Supply staff placed by an agency. */
    SUPPLY_STAFF
}
