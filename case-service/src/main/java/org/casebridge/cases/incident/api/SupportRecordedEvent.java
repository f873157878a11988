package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** Support was given to a child; the rationale describes it. */
@Revision("2")
public record SupportRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        SupportType supportType,
        @Sealed String rationale)
        implements CaseEvent {}
