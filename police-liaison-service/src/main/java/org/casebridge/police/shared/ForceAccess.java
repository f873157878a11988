package org.casebridge.police.shared;

import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.reference.ForceDirectory;

/**
 * Who may see and change a force's records. A force's officers and supervisors read and act on their own force's
 * records; an auditor of a force reads that force's records, an auditor of any other organisation (the platform's
 * information governance) every force's, and neither changes them; for anyone else a force's record does not exist.
 * A refusal that depends on the role alone is a 403; one that depends on whose record it is, a 404 with the same
 * body as a record that does not exist.
 */
public final class ForceAccess {

    private ForceAccess() {}

    /** Officers and supervisors act for the force in their token. */
    public static boolean actsForAForce(ActedBy actor) {
        return PoliceRoles.ACTING_FOR_A_FORCE.contains(actor.role());
    }

    /**
     * An auditor whose organisation is not a force reads every force's records; an auditor of a force is one of its
     * own, and reads that force's only (need to know: another force's records are not its business).
     */
    public static boolean readsEveryForce(ActedBy actor, ForceDirectory forces) {
        return actor.actsAs(PoliceRoles.AUDITOR)
                && forces.find(actor.organisation()).isEmpty();
    }

    /** Whether the actor may read a record of {@code forceCode}. */
    public static boolean mayRead(ActedBy actor, String forceCode, ForceDirectory forces) {
        return readsEveryForce(actor, forces)
                || ((actsForAForce(actor) || actor.actsAs(PoliceRoles.AUDITOR))
                        && actor.organisation().equals(forceCode));
    }

    /** @throws PoliceRoleRequiredException (403) unless the actor is an officer or supervisor */
    public static void requirePoliceRole(ActedBy actor) {
        if (!actsForAForce(actor)) {
            throw new PoliceRoleRequiredException(actor.role());
        }
    }

    /** @throws PoliceReaderRequiredException (403) unless the actor is police or an auditor */
    public static void requireListReader(ActedBy actor) {
        if (!actsForAForce(actor) && !actor.actsAs(PoliceRoles.AUDITOR)) {
            throw new PoliceReaderRequiredException(actor.role());
        }
    }

    /**
     * @throws PoliceRoleRequiredException when the actor is not police
     * @throws NotFoundException           when the record belongs to another force: the same answer as no record
     */
    public static void requireOfficerOf(ActedBy actor, String forceCode, String what, String id) {
        requirePoliceRole(actor);
        if (!actor.organisation().equals(forceCode)) {
            throw new NotFoundException(what, id);
        }
    }

    /**
     * For a record inside a case (a device, a strategy meeting) addressed through {@code requestedCaseId}.
     *
     * @throws PoliceRoleRequiredException when the actor is not police
     * @throws RecordNotFoundException     when the record belongs to another force or another case: the same answer
     *                                     as an id that no record has
     */
    public static void requireOfficerOfCase(
            ActedBy actor, String forceCode, String caseId, String requestedCaseId, String id) {
        requirePoliceRole(actor);
        if (!actor.organisation().equals(forceCode) || !caseId.equals(requestedCaseId)) {
            throw new RecordNotFoundException(id);
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
