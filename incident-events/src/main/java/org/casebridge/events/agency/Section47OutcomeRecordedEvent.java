package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The outcome of children's social care's section 47 enquiries, as a code.
 *
 * @param caseId     the case
 * @param schoolUrn  the referring school
 * @param agencyId   the agency
 * @param outcome    NO_FURTHER_ACTION, CHILD_IN_NEED_SUPPORT or CHILD_PROTECTION_CONFERENCE
 * @param recordedAt when
 */
@EventType("org.casebridge.agency.section-47-outcome-recorded.v1")
public record Section47OutcomeRecordedEvent(
        String caseId, String schoolUrn, String agencyId, String outcome, Instant recordedAt) implements AgencyEvent {}
