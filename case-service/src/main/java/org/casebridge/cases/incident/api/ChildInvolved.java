package org.casebridge.cases.incident.api;

import java.util.Set;

/**
 * A child involved in an incident, pseudonymous: names, dates of birth and pupil numbers are held apart, encrypted.
 *
 * @param ref       {@code child-1}, {@code child-2}, ... unique within the case
 * @param age       age in years when the incident came to light
 * @param yearGroup for example {@code Year 9}
 * @param roles     one or more
 * @param flags     SEND, known vulnerability and the like; may be empty
 */
public record ChildInvolved(String ref, int age, String yearGroup, Set<ChildRole> roles, Set<ChildFlag> flags) {

    public ChildInvolved {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
