package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a decision the police published on {@code casebridge.police.events} on the school's case.
 *
 * @param policeEventId   the CloudEvents id, so that a redelivery changes nothing
 * @param eventType       the CloudEvents type, for example {@code org.casebridge.police.escalation-accepted.v1}
 * @param forceCode       the force that decided
 * @param occurredAt      when the police decided
 * @param kind            what it means for the school's case
 * @param summary         a line for the timeline, built from the event's codes; no free text from the police
 * @param transferredTo   for a transfer, the force that now holds the escalation; otherwise null
 * @param schoolDeviceRef for a device decision, the school's device it concerns ({@code device-1}); otherwise null
 * @param policeRef       for a strategy action, the police's id of it; otherwise null
 * @param round           for a round opened by a re-escalation, its number; otherwise null
 */
public record RecordPoliceUpdateCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String policeEventId,
        String eventType,
        String forceCode,
        Instant occurredAt,
        PoliceUpdateKind kind,
        String summary,
        String transferredTo,
        String schoolDeviceRef,
        String policeRef,
        Integer round) {

    /** A transfer, or an update that concerns no device, action or round. */
    public RecordPoliceUpdateCommand(
            CaseId caseId,
            String policeEventId,
            String eventType,
            String forceCode,
            Instant occurredAt,
            PoliceUpdateKind kind,
            String summary,
            String transferredTo) {
        this(caseId, policeEventId, eventType, forceCode, occurredAt, kind, summary, transferredTo, null, null, null);
    }

    /** An update that is not a transfer and concerns no device, action or round. */
    public RecordPoliceUpdateCommand(
            CaseId caseId,
            String policeEventId,
            String eventType,
            String forceCode,
            Instant occurredAt,
            PoliceUpdateKind kind,
            String summary) {
        this(caseId, policeEventId, eventType, forceCode, occurredAt, kind, summary, null);
    }
}
