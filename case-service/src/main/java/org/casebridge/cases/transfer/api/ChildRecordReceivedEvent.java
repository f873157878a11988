package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.platform.sealing.SealedUnder;

/**
 * The receiving school ({@code schoolUrn}) holds a child's record sent by the sending school's DSL ({@code by}),
 * with the sender's reason; its receipt is due by {@code dueAt}.
 */
@Revision("2")
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
        @Sealed String rationale)
        implements SealedUnder {

    /** The reason and the timeline's words are sealed under the receiving record's own key (ADR 0054, 0058). */
    @Override
    public UUID sealingKeyId() {
        return transferId;
    }
}
