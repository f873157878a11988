package org.casebridge.platform.deadletter;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One parked event as an operator sees it: where it is parked, what it is and why, never its payload.
 *
 * @param processingGroup the projection that could not apply it
 * @param sequenceId      what it waits in line with: the aggregate (case, meeting, device) id
 * @param position        its place in that line, 0 for the event that failed first
 * @param eventId         the stored event's id
 * @param eventType       the event's type, without its package
 * @param aggregateId     the aggregate that recorded it
 * @param enqueuedAt      when it was parked (ISO-8601)
 * @param lastTouched     when it was last parked or retried (ISO-8601)
 * @param causeType       the failure's type
 * @param causeMessage    what failed, without data from the event
 */
@Schema(description = "An event a projection could not apply, parked until an operator retries it")
public record ParkedEvent(
        String processingGroup,
        String sequenceId,
        long position,
        String eventId,
        @Nullable String eventType,
        String aggregateId,
        String enqueuedAt,
        String lastTouched,
        String causeType,
        String causeMessage) {}
