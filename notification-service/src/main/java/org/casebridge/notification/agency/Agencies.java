package org.casebridge.notification.agency;

import org.casebridge.platform.actor.Actor;

/** The agency an API caller acts for: its organisation, when its role is AGENCY. */
public final class Agencies {

    private Agencies() {
    }

    public static String agencyOf(Actor actor) {
        if (actor.role() != Actor.Role.AGENCY) {
            throw new AgencyRoleRequiredException(actor.role().name());
        }
        return actor.organisation();
    }
}
