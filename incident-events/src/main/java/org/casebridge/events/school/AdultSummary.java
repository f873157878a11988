package org.casebridge.events.school;

/**
 * An adult in a position of trust as the LADO may see them on the bus: a ref, their role and the kind of organisation
 * that employs them. Never a name or anything else that identifies them.
 *
 * @param ref      unique within the case, for example {@code adult-1}
 * @param role     STAFF, VOLUNTEER, CONTRACTOR or SUPPLY_STAFF
 * @param employer THIS_SCHOOL, ANOTHER_SCHOOL, SUPPLY_AGENCY, CONTRACTOR_COMPANY or OTHER_ORGANISATION
 */
public record AdultSummary(String ref, String role, String employer) {}
