package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL set a legal hold: the children's identities cannot be erased until it is lifted. */
@Revision("2")
public record LegalHoldSetEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        @Sealed String rationale) implements CaseEvent {}
