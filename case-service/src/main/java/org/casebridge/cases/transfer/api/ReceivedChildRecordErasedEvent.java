package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The receiving school's record of a transferred child was erased when its retention ended (ADR 0069): its key was
 * destroyed in the same transaction, so the child's identity and every sealed word of the record (the sender's
 * reason, the timeline's what and why) are gone. {@code by} is the retention job acting for the receiving school;
 * the rationale is the schedule's words, not sealed (it is the record of why, as a case's erasure's).
 */
@Revision("1")
public record ReceivedChildRecordErasedEvent(
        UUID transferId, String schoolUrn, ActedBy by, Instant at, String rationale) {}
