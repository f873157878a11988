package org.casebridge.events.lawful;

import java.util.Objects;

/**
 * The controller of the information a share discloses: the school (by URN), the police force (by code) or the agency
 * (by its id in the agency directory, for children's social care's own record of a referral) whose record it is. Casebridge's services process for them; they are never the controller themselves.
 */
public record Controller(Kind kind, String id) {

    public enum Kind {
        SCHOOL,
        POLICE_FORCE,
        AGENCY
    }

    public Controller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Controller school(String urn) {
        return new Controller(Kind.SCHOOL, urn);
    }

    public static Controller policeForce(String forceCode) {
        return new Controller(Kind.POLICE_FORCE, forceCode);
    }

    public static Controller agency(String agencyId) {
        return new Controller(Kind.AGENCY, agencyId);
    }
}
