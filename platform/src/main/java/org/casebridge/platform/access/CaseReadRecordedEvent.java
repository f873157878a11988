package org.casebridge.platform.access;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A read of a school's case by someone outside the school, stored in the service's event store (outside any
 * aggregate) in the transaction of its access-log row, so that the service's {@code kafka-publisher} publishes it
 * like any other event (ADR 0002, ADR 0070). Codes only: never who read.
 *
 * @param controller the organisation whose record was read when it is not the reader's, else null
 * @param readAt     the first read of the window
 */
@Revision("1")
public record CaseReadRecordedEvent(
        String caseId,
        String schoolUrn,
        @Nullable String controller,
        String readerOrganisation,
        String readerKind,
        String readerRole,
        String record,
        String lawfulBasis,
        Instant readAt) {}
