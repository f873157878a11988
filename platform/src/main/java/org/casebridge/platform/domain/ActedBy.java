package org.casebridge.platform.domain;

import java.util.Objects;

/**
 * Who did something: a user id, the role they acted in and the organisation they acted for (school URN, force
 * code, agency id). Every decision event records it, and every command that a person sends carries it. Copied
 * from the authenticated actor (the web layer's {@code Actor.actedBy()}) so that the event log does not depend on
 * how identity is done: its JSON is {@code {"id": ..., "role": ..., "organisation": ...}} with the role's name as a
 * string, and a role the platform no longer knows still reads.
 */
public record ActedBy(String id, String role, String organisation) {

    /** The role recorded when Casebridge itself acts, for example when a clock runs out. */
    public static final String SYSTEM = "SYSTEM";

    public ActedBy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** Casebridge itself, acting on its own clocks. */
    public static ActedBy casebridge() {
        return new ActedBy("casebridge", SYSTEM, "casebridge");
    }

    /** Whether this actor acted in the role named {@code role}. */
    public boolean actsAs(String role) {
        return this.role.equals(role);
    }
}
