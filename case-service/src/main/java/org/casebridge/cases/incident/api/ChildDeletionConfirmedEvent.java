package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A child deleted the imagery themselves and confirmed it; the rationale is the confirmation. */
@Revision("2")
public record ChildDeletionConfirmedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        @Sealed String rationale) implements CaseEvent {}
