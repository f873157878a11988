package org.casebridge.cases.incident.api;

import java.util.Objects;

/**
 * Who did something on a case: a user id, the role they acted in and the organisation they acted for (school URN,
 * force code). Copied from the authenticated actor so that the event log does not depend on how identity is done.
 */
public record ActedBy(String id, String role, String organisation) {

    /** The role of a Designated Safeguarding Lead, the only one who may act on a school's case. */
    public static final String SCHOOL_DSL = "SCHOOL_DSL";

    /** The role recorded when Casebridge itself acts, for example when a clock runs out. */
    public static final String SYSTEM = "SYSTEM";

    /** The role recorded for decisions that came from the police over Kafka. */
    public static final String POLICE = "POLICE";

    public ActedBy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** Casebridge's own clocks. */
    public static ActedBy casebridge() {
        return new ActedBy("casebridge", SYSTEM, "casebridge");
    }

    /** A police force, as named on the event it published. */
    public static ActedBy policeForce(String forceCode) {
        return new ActedBy("force:" + forceCode, POLICE, forceCode);
    }

    public boolean actsAsSchoolDsl() {
        return SCHOOL_DSL.equals(role);
    }
}
