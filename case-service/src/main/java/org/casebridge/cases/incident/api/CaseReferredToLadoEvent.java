package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The DSL referred the case's adults in a position of trust to the Local Authority Designated Officer of the school's
 * area ({@code localAuthorityCode}). {@code dueAt} is when the referral was due; {@code late} whether it came after.
 */
@Revision("1")
public record CaseReferredToLadoEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String localAuthorityCode,
        List<AdultInvolved> adults,
        List<ChildInvolved> children,
        Instant dueAt,
        boolean late,
        String rationale)
        implements CaseEvent {

    public CaseReferredToLadoEvent {
        adults = List.copyOf(adults);
        children = List.copyOf(children);
    }
}
