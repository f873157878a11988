package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The case's key was destroyed, so the children's personal details can no longer be read. */
@Revision("1")
public record PersonalDetailsErasedEvent(CaseId caseId, String schoolUrn, ActedBy by, Instant at, String rationale)
        implements CaseEvent {}
