package org.casebridge.notification.agency;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An agency of the agency directory as the local stack lists it.
 *
 * @param agencyId             the organisation an agency user acts for (the token's organisation), and what police
 *                             events name when they invite it to a strategy meeting or give it an action
 * @param name                 fictional team name
 * @param type                 its {@link AgencyKind}: CHILDRENS_SOCIAL_CARE, MASH, LADO or HEALTH
 * @param localAuthorityCodes  the areas it serves today (ONS codes)
 */
public record DemoAgency(
        @Schema(example = "csc-hackney") String agencyId,

        @Schema(example = "Hackney Children's Social Care (demo)")
        String name,

        @Schema(example = "CHILDRENS_SOCIAL_CARE") String type,
        List<String> localAuthorityCodes) {

    public DemoAgency {
        localAuthorityCodes = List.copyOf(localAuthorityCodes);
    }
}
