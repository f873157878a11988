package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The LADO took a step on the school's referral (ADR 0055); {@code by} is the LADO's agency and {@code rationale} the
 * step in words, built from the event's codes (the LADO's own rationale never crosses Kafka). {@code meetingHeldOn},
 * {@code attendeeRoles} and {@code outcome} are null or empty where the step has none.
 */
@Revision("1")
public record LadoUpdateReceivedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String agencyEventId,
        LadoUpdateKind kind,
        Instant occurredAt,
        LocalDate meetingHeldOn,
        List<String> attendeeRoles,
        String outcome,
        String rationale)
        implements CaseEvent {

    public LadoUpdateReceivedEvent {
        attendeeRoles = attendeeRoles == null ? List.of() : List.copyOf(attendeeRoles);
    }
}
