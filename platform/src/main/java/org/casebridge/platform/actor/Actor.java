package org.casebridge.platform.actor;

import java.util.Objects;

/**
 * Who is acting: a user id, their role and the organisation they act for (school URN, force code or agency id).
 * Every decision event records it.
 */
public record Actor(String id, Role role, String organisation) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
    }

    /**
     * The roles of the platform. {@code OPERATOR} runs the services (dead letters, ADR 0012) and reads no case data.
     */
    public enum Role {
        SCHOOL_DSL, POLICE_LIAISON, POLICE_SUPERVISOR, AGENCY, AUDITOR, OPERATOR
    }
}
