package org.casebridge.events.school;

import java.util.List;

/**
 * A child as other agencies may see them on the bus: a pseudonymous ref, an age, a year group and roles.
 *
 * @param ref       pseudonymous, unique within the case, for example {@code child-1}
 * @param age       age in years at the time of the incident
 * @param yearGroup school year group, for example {@code Year 9}
 * @param roles     PICTURED, SHARED, RECEIVED, POSSESSED (one or more)
 */
public record ChildSummary(String ref, int age, String yearGroup, List<String> roles) {

    public ChildSummary {
        roles = List.copyOf(roles);
    }
}
