package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The DSL referred the case; the local authority and force come from the school reference data. */
@Revision("1")
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
        String rationale)
        implements CaseEvent {}
