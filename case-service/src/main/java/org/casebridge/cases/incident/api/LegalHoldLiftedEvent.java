package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL lifted the legal hold, with the reason. */
@Revision("2")
public record LegalHoldLiftedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        @Sealed String rationale) implements CaseEvent {}
