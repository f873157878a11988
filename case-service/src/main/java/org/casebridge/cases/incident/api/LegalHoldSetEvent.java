package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The DSL set a legal hold: the children's identities cannot be erased until it is lifted. */
@Revision("1")
public record LegalHoldSetEvent(CaseId caseId, String schoolUrn, ActedBy by, Instant at, String rationale)
        implements CaseEvent {}
