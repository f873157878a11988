package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One case as the agency (or an auditor) sees it here: its area and every share made about it, newest first.
 *
 * @param agencies the agencies the shares went to: the caller's own, or every one for an auditor
 * @param schoolName the school's name, when a school event shared with the reader named it (ADR 0052); else null
 * @param agencyNames the names of {@code agencies} in the agency directory, in the same order
 * @param caseReference the school's reference of the case (ADR 0062), only beside {@code schoolName}; else null
 */
public record AgencyCaseView(
        @Schema(example = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10")
        String caseId,

        @Schema(example = "E09000012") String localAuthorityCode,
        List<String> agencies,
        List<String> eventTypes,
        List<SharedBasis> lawfulBases,
        Instant firstSharedAt,
        Instant lastSharedAt,
        List<InformationShareView> shares,
        @Schema(example = "Clapton Park Academy") String schoolName,
        List<String> agencyNames,
        @Schema(example = "CPA-2026-0042") String caseReference) {

    public AgencyCaseView {
        agencies = List.copyOf(agencies);
        eventTypes = List.copyOf(eventTypes);
        lawfulBases = List.copyOf(lawfulBases);
        shares = List.copyOf(shares);
        agencyNames = List.copyOf(agencyNames);
    }
}
