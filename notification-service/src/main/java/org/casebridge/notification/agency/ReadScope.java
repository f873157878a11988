package org.casebridge.notification.agency;

import org.casebridge.platform.actor.Actor;

/**
 * Whose subscriptions, deliveries, shares and cases a reader may see: an agency its own, an auditor every agency's.
 * Schools and the police have their own services and are refused (403) before anything is looked up.
 *
 * @param agencyId the agency whose records are visible, or null for every agency (an auditor)
 */
public record ReadScope(String agencyId) {

    public static ReadScope of(Actor actor) {
        return switch (actor.role()) {
            case AGENCY -> new ReadScope(actor.organisation());
            case AUDITOR -> new ReadScope(null);
            default -> throw new AgencyRoleRequiredException(actor.role().name());
        };
    }

    public boolean everyAgency() {
        return agencyId == null;
    }

    /** Whether a record of this agency is visible; one that is not answers 404, as if it did not exist. */
    public boolean includes(String recordAgencyId) {
        return agencyId == null || agencyId.equals(recordAgencyId);
    }
}
