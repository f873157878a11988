package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The DSL lifted the legal hold, with the reason. */
@Revision("1")
public record LegalHoldLiftedEvent(CaseId caseId, String schoolUrn, ActedBy by, Instant at, String rationale)
        implements CaseEvent {}
