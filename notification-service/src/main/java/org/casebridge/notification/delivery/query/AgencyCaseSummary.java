package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A case an agency has been sent something about, from the share record: pseudonymous, as the events are (the case
 * id, its area, what was shared, when and on which basis; never a name).
 *
 * @param localAuthorityCode the case's area as the school's events gave it; null if not known yet
 * @param schoolName the school's name, when a school event sent to the agency named it (ADR 0052); else null
 * @param agencyName the agency's name in the agency directory, beside its id
 * @param caseReference the school's reference of the case (ADR 0062), only beside {@code schoolName}; else null
 */
public record AgencyCaseSummary(
        @Schema(example = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10")
        String caseId,

        @Schema(example = "E09000012") String localAuthorityCode,
        @Schema(example = "csc-hackney") String agencyId,

        @Schema(
                description = "The event types shared with the agency about this case",
                example = "[\"org.casebridge.school.referral-made.v1\"]")
        List<String> eventTypes,

        @Schema(description = "The lawful bases the shares were made on")
        List<SharedBasis> lawfulBases,

        @Schema(example = "2") int shares,
        Instant firstSharedAt,
        Instant lastSharedAt,
        @Schema(example = "Clapton Park Academy") String schoolName,
        @Schema(example = "Hackney Children's Social Care") String agencyName,
        @Schema(example = "CPA-2026-0042") String caseReference) {

    public AgencyCaseSummary {
        eventTypes = List.copyOf(eventTypes);
        lawfulBases = List.copyOf(lawfulBases);
    }
}
