package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A child's parents or carers were informed; the rationale holds the DSL's notes. */
@Revision("2")
public record ParentsInformedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        @Sealed String whoWasInformed,
        Instant informedAt,
        ParentContactMethod method,
        @Sealed String rationale)
        implements CaseEvent {}
