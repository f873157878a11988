package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL referred the case; the local authority and force come from the school reference data. */
@Revision("2")
public record CaseReferredEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        Set<Agency> referredTo,
        Set<Criterion> criteriaMet,
        String localAuthorityCode,
        String forceCode,
        List<ChildInvolved> children,
        @Sealed String rationale)
        implements CaseEvent, ReferralEvent {}
