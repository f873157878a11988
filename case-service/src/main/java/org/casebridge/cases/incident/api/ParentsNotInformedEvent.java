package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A child's parents or carers are not to be informed; the rationale is the reason. */
@Revision("2")
public record ParentsNotInformedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        @Sealed String rationale) implements CaseEvent {}
