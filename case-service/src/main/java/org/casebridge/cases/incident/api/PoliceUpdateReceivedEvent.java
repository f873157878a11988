package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The police published a decision on the case; {@code by} is the force and the rationale the summary. Revision 2
 * added {@code transferredTo}, the force that holds the escalation after a transfer. Revision 3 added
 * {@code schoolDeviceRef} (the school's device a police device decision concerns, for example {@code device-1}),
 * {@code policeRef} (the police's id of a strategy action) and {@code round} (the round a re-escalation opened). Each is
 * null where it does not apply and in every older event ({@code PoliceUpdateReceivedEventUpcaster}).
 */
@Revision("3")
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
        String transferredTo,
        String schoolDeviceRef,
        String policeRef,
        Integer round)
        implements CaseEvent {

    /** An update about no device, action or round. */
    public PoliceUpdateReceivedEvent(
            CaseId caseId,
            String schoolUrn,
            ActedBy by,
            Instant at,
            String policeEventId,
            String eventType,
            PoliceUpdateKind kind,
            Instant occurredAt,
            String rationale,
            String transferredTo) {
        this(
                caseId,
                schoolUrn,
                by,
                at,
                policeEventId,
                eventType,
                kind,
                occurredAt,
                rationale,
                transferredTo,
                null,
                null,
                null);
    }
}
