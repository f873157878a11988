package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** No receipt of a transferred record arrived within five school days: the sending DSL is reminded. */
@Revision("1")
public record ChildRecordTransferOverdueEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        UUID transferId,
        String childRef,
        String toSchoolUrn,
        Instant dueAt,
        String rationale)
        implements CaseEvent {}
