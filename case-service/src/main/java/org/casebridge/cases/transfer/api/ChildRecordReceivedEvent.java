package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.domain.ActedBy;

/**
 * The receiving school ({@code schoolUrn}) holds a child's record sent by the sending school's DSL ({@code by}),
 * with the sender's reason; its receipt is due by {@code dueAt}.
 */
@Revision("1")
public record ChildRecordReceivedEvent(
        UUID transferId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String fromSchoolUrn,
        CaseId fromCaseId,
        String fromCaseReference,
        LocalDate childStartedOn,
        Instant dueAt,
        TransferredRecordContent record,
        String rationale) {}
