package org.casebridge.notification.agency;

import org.casebridge.platform.actor.Actor;

/** The agency an API caller acts for when changing something: its organisation, when its role is AGENCY. */
public final class Agencies {

    private Agencies() {}

    /** The acting agency; an auditor or anyone else is refused (403), whatever record they name. */
    public static String agencyOf(Actor actor) {
        if (actor.role() == Actor.Role.AUDITOR) {
            throw new AuditorsReadOnlyException();
        }
        if (actor.role() != Actor.Role.AGENCY) {
            throw new AgencyRoleRequiredException(actor.role().name());
        }
        return actor.organisation();
    }
}
