package org.casebridge.notification.retention;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The retention job erased this service's copies of a case's events whose period had passed (ADR 0069): the payloads
 * of {@code receivedEvents} received events and of {@code deliveries} deliveries, all of events that occurred before
 * {@code occurredBefore}, whose controller is {@code by}'s organisation. Counts and dates only: what was erased is not
 * repeated here.
 */
@Revision("1")
public record CopiesErasedEvent(
        String erasureId,
        String caseId,
        int receivedEvents,
        int deliveries,
        Instant occurredBefore,
        ActedBy by,
        Instant at,
        String rationale) {}
