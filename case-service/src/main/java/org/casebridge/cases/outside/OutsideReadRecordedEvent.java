package org.casebridge.cases.outside;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A read of the school's case outside the school, as the police or notification-service told it (ADR 0070), stored
 * outside any aggregate in the inbox transaction so that the outside-reads projection is rebuilt from the event store
 * like every other read model. Codes only.
 *
 * @param sourceEventId the integration event's id (CloudEvents id)
 * @param source        {@code POLICE} or {@code AGENCY}: the service whose log the read is in
 * @param readAt        the first read of the publisher's window
 */
@Revision("1")
public record OutsideReadRecordedEvent(
        String sourceEventId,
        String caseId,
        String source,
        String readerOrganisation,
        String readerKind,
        String readerRole,
        String record,
        String lawfulBasis,
        Instant readAt) {}
