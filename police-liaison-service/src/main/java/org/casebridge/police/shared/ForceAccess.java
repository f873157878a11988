package org.casebridge.police.shared;

import java.util.EnumSet;
import java.util.Set;

import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;

/** Who may act on a force's record: an officer or supervisor of that force; anyone else does not see it at all. */
public final class ForceAccess {

    /** The roles that act for a police force. */
    public static final Set<Actor.Role> POLICE_ROLES = EnumSet.of(Actor.Role.POLICE_LIAISON, Actor.Role.POLICE_SUPERVISOR);

    private ForceAccess() {
    }

    /**
     * @throws PoliceRoleRequiredException when the actor is not police
     * @throws NotFoundException           when the record belongs to another force: the same answer as no record
     */
    public static void requireOfficerOf(Actor actor, String forceCode, String what, String id) {
        if (!POLICE_ROLES.contains(actor.role())) {
            throw new PoliceRoleRequiredException(actor.role());
        }
        if (!actor.organisation().equals(forceCode)) {
            throw new NotFoundException(what, id);
        }
    }

    /** A required free-text rationale: refused when missing or blank. */
    public static String requireRationale(String rationale, String decision) {
        if (rationale == null || rationale.isBlank()) {
            throw new RationaleRequiredException(decision);
        }
        return rationale.strip();
    }

    /** Optional free text: stripped, and null when missing or blank. */
    public static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A required fact (a reference, a description): refused when missing or blank. */
    public static String requireFact(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InformationRequiredException(field);
        }
        return value.strip();
    }
}
