package org.casebridge.notification.retention;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that the retention job erased a case's copies of one controller's events (ADR 0069). */
public record RecordCopiesErasedCommand(
        @TargetAggregateIdentifier String erasureId,
        String caseId,
        int receivedEvents,
        int deliveries,
        Instant occurredBefore,
        ActedBy by,
        Instant at,
        String rationale) {}
