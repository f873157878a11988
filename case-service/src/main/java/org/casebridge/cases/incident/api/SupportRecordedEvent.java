package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** Support was given to a child; the rationale describes it. */
@Revision("1")
public record SupportRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        SupportType supportType,
        String rationale)
        implements CaseEvent {}
