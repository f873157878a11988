package org.casebridge.police.shared;

import java.util.Set;
import org.casebridge.platform.domain.ActedBy;

/**
 * The roles the police rules name, as an {@link ActedBy} records them: the names of the platform's roles. The
 * rules compare roles through these names and never through string literals; {@code PoliceRolesTest} checks that
 * each is a role the platform knows.
 */
public final class PoliceRoles {

    /** A police liaison officer: acts on the force's records. */
    public static final String POLICE_LIAISON = "POLICE_LIAISON";

    /** A police supervisor: acts on the force's records and signs off outcomes. */
    public static final String POLICE_SUPERVISOR = "POLICE_SUPERVISOR";

    /** An auditor: reads every force's records and changes nothing. */
    public static final String AUDITOR = "AUDITOR";

    /** The school's Designated Safeguarding Lead, recorded as who referred a case. */
    public static final String SCHOOL_DSL = "SCHOOL_DSL";

    /** The roles that act for a police force. */
    public static final Set<String> ACTING_FOR_A_FORCE = Set.of(POLICE_LIAISON, POLICE_SUPERVISOR);

    private PoliceRoles() {}

    /** Only a supervisor signs off an outcome. */
    public static boolean isSupervisor(ActedBy by) {
        return by.actsAs(POLICE_SUPERVISOR);
    }

    /** The school that referred a case, acting through its Designated Safeguarding Lead. */
    public static ActedBy school(String schoolUrn) {
        return new ActedBy(schoolUrn, SCHOOL_DSL, schoolUrn);
    }
}
