package org.casebridge.platform.actor;

import java.util.Objects;
import org.casebridge.platform.domain.ActedBy;

/**
 * Who is acting: a user id, their role and the organisation they act for (school URN, force code or agency id).
 * Every decision event records it as {@link #actedBy()}, never as this web type.
 */
public record Actor(String id, Role role, String organisation) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** Who acted, as events and commands record it: the same fields, the role by its name. */
    public ActedBy actedBy() {
        return new ActedBy(id, role.name(), organisation);
    }

    /**
     * The roles of the platform. {@code OPERATOR} runs the services (dead letters, ADR 0012) and reads no case data.
     */
    public enum Role {
        SCHOOL_DSL,
        POLICE_LIAISON,
        POLICE_SUPERVISOR,
        AGENCY,
        AUDITOR,
        OPERATOR,
        /** A local safeguarding children partnership: anonymised figures of its areas, nothing of any case. */
        PARTNERSHIP
    }
}
