package org.casebridge.police.escalation.command;

import java.util.List;

/**
 * A child as the school referred them: pseudonymous ref, age, year group and the school's roles.
 *
 * @param ref       for example {@code child-1}
 * @param age       age in years at the time of the incident
 * @param yearGroup for example {@code Year 9}
 * @param roles     PICTURED, SHARED, RECEIVED, POSSESSED
 */
public record ReferredChild(String ref, int age, String yearGroup, List<String> roles) {

    public ReferredChild {
        roles = List.copyOf(roles);
    }
}
