package org.casebridge.events.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * The LADO held the allegation management meeting (KCSIE Part 4; ADR 0055). Who attended goes by role codes only; the
 * organisations, the names and the rationale stay in the LADO's record.
 *
 * @param caseId        the case
 * @param schoolUrn     the referring school
 * @param agencyId      the LADO
 * @param heldOn        the day of the meeting
 * @param attendeeRoles the roles that attended (codes: LADO, HEADTEACHER, DESIGNATED_SAFEGUARDING_LEAD, EMPLOYER,
 *                      POLICE, CHILDRENS_SOCIAL_CARE, HUMAN_RESOURCES, OTHER)
 * @param recordedAt    when it was recorded
 */
@EventType("org.casebridge.agency.allegation-meeting-held.v1")
public record AllegationMeetingHeldEvent(
        String caseId,
        String schoolUrn,
        String agencyId,
        LocalDate heldOn,
        List<String> attendeeRoles,
        Instant recordedAt)
        implements AgencyEvent {

    public AllegationMeetingHeldEvent {
        attendeeRoles = List.copyOf(attendeeRoles);
    }
}
