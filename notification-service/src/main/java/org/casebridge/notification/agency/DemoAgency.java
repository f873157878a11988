package org.casebridge.notification.agency;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An agency of the local stack's demo data.
 *
 * @param agencyId             the organisation an agency user acts for (the token's organisation), and what police
 *                             events name when they invite it to a strategy meeting or give it an action
 * @param name                 fictional team name
 * @param type                 CHILDRENS_SOCIAL_CARE, MASH or LADO (the organisation types of the police events)
 * @param localAuthorityCodes  the areas it covers (ONS codes), matching the demo schools' local authorities
 */
public record DemoAgency(
        @Schema(example = "csc-hackney") String agencyId,
        @Schema(example = "Hackney Children's Social Care (demo)") String name,
        @Schema(example = "CHILDRENS_SOCIAL_CARE") String type,
        List<String> localAuthorityCodes) {

    public DemoAgency {
        localAuthorityCodes = List.copyOf(localAuthorityCodes);
    }
}
