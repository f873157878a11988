package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a step the LADO published on {@code casebridge.agency.events} on the school's case (ADR 0055).
 *
 * @param agencyEventId  the CloudEvents id, so that a redelivery changes nothing
 * @param agencyId       the LADO (agency directory id)
 * @param kind           what the step is
 * @param occurredAt     when the LADO took it
 * @param meetingHeldOn  for a meeting, its day; otherwise null
 * @param attendeeRoles  for a meeting, the roles that attended (codes); otherwise empty
 * @param outcome        for an outcome, its code (SUBSTANTIATED, ...); otherwise null
 * @param late           for an acknowledgement, whether it came after it was due
 */
public record RecordLadoUpdateCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String agencyEventId,
        String agencyId,
        LadoUpdateKind kind,
        Instant occurredAt,
        LocalDate meetingHeldOn,
        List<String> attendeeRoles,
        String outcome,
        boolean late) {}
