package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The receiving school's DSL confirmed that the child's record arrived. */
@Revision("1")
public record ChildRecordReceiptConfirmedEvent(
        UUID transferId, String schoolUrn, ActedBy by, Instant at, String rationale) {}
