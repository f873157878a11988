package org.casebridge.platform.portal;

import java.util.Optional;

/**
 * The name people know an organisation by, from the service's reference data: a school's name for its URN, a force's
 * for its code. A service may declare one bean of it; the portal's header then names the signed-in user's
 * organisation ("Clapton Park Academy") instead of its code ("100001"), which it shows where the service knows none.
 */
@FunctionalInterface
public interface OrganisationNames {

    /** The organisation's name, if the service's reference data has it. */
    Optional<String> nameOf(String organisation);
}
