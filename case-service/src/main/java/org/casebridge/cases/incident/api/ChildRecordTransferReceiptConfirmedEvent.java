package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The receiving school's DSL ({@code by}) confirmed that the transferred record arrived. */
@Revision("1")
public record ChildRecordTransferReceiptConfirmedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        UUID transferId,
        String childRef,
        String toSchoolUrn,
        String rationale)
        implements CaseEvent {}
