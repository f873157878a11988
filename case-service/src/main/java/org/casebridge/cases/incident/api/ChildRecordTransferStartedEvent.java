package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/**
 * The DSL sent one child's part of the case to the school the child moved to (ADR 0054); receipt is due by
 * {@code dueAt}, the end of the fifth school day after {@code childStartedOn}.
 */
@Revision("2")
public record ChildRecordTransferStartedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        UUID transferId,
        String childRef,
        String toSchoolUrn,
        LocalDate childStartedOn,
        Instant dueAt,
        @Sealed String rationale)
        implements CaseEvent {}
