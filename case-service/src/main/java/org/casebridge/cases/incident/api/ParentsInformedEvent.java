package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** A child's parents or carers were informed; the rationale holds the DSL's notes. */
@Revision("1")
public record ParentsInformedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        String whoWasInformed,
        Instant informedAt,
        ParentContactMethod method,
        String rationale)
        implements CaseEvent {}
