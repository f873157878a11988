package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/**
 * The DSL escalated with new information (the rationale). {@code firstReferral} when nobody had been told
 * before; {@code reopened} when the case had been closed.
 */
@Revision("2")
public record CaseEscalatedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        Set<Agency> referredTo,
        Set<Criterion> criteriaMet,
        String localAuthorityCode,
        String forceCode,
        List<ChildInvolved> children,
        boolean firstReferral,
        boolean reopened,
        @Sealed String rationale)
        implements CaseEvent, ReferralEvent {}
