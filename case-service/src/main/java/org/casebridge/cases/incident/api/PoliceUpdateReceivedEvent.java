package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The police published a decision on the case; {@code by} is the force and the rationale the summary. Revision 2
 * added {@code transferredTo}, the force that holds the escalation after a transfer (null otherwise, and in every
 * revision 1 event: {@code PoliceUpdateReceivedEventUpcaster}).
 */
@Revision("2")
public record PoliceUpdateReceivedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String policeEventId,
        String eventType,
        PoliceUpdateKind kind,
        Instant occurredAt,
        String rationale,
        String transferredTo)
        implements CaseEvent {}
