package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL closed the case; the rationale is the outcome summary. */
@Revision("2")
public record CaseClosedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        CaseStatus route,
        @Sealed String policeOutcomeNotAwaitedReason,
        @Sealed String rationale)
        implements CaseEvent {}
