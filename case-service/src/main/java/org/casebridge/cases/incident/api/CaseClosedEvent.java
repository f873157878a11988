package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The DSL closed the case; the rationale is the outcome summary. */
@Revision("1")
public record CaseClosedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        CaseStatus route,
        String policeOutcomeNotAwaitedReason,
        String rationale)
        implements CaseEvent {}
