package org.casebridge.notification.delivery.outbox;

import java.time.Instant;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.LawfulBasis;

/**
 * An integration event as this service keeps it: the replayable copy a delivery is built from.
 *
 * @param seq        arrival order, which orders a case's deliveries
 * @param eventId    the CloudEvents id
 * @param type       the CloudEvents type
 * @param source     the CloudEvents source, for example {@code /casebridge/case-service}
 * @param caseId     the case (CloudEvents subject)
 * @param occurredAt when the producer recorded it
 * @param payload    the event's JSON as it travelled on the bus
 * @param controller the school or force whose record the event is
 * @param lawfulBasis the basis the controller shared it on (ADR 0024)
 */
public record StoredEvent(
        long seq,
        String eventId,
        String type,
        String source,
        String caseId,
        Instant occurredAt,
        String payload,
        Controller controller,
        LawfulBasis lawfulBasis) {}
