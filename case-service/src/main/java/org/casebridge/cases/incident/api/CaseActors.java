package org.casebridge.cases.incident.api;

import org.casebridge.platform.domain.ActedBy;

/**
 * Who acts on a school's case, as its events record them ({@link ActedBy}): the school's Designated Safeguarding
 * Lead, and a police force whose decisions arrive over Kafka. Casebridge's own clocks are {@link ActedBy#casebridge()}.
 */
public final class CaseActors {

    /** The role of a Designated Safeguarding Lead, the only one who may act on a school's case. */
    public static final String SCHOOL_DSL = "SCHOOL_DSL";

    /** The role recorded for decisions that came from the police over Kafka. */
    public static final String POLICE = "POLICE";

    private CaseActors() {}

    /** A police force, as named on the event it published. */
    public static ActedBy policeForce(String forceCode) {
        return new ActedBy("force:" + forceCode, POLICE, forceCode);
    }

    /** Whether {@code by} acted as a school's Designated Safeguarding Lead. */
    public static boolean actsAsSchoolDsl(ActedBy by) {
        return by.actsAs(SCHOOL_DSL);
    }
}
