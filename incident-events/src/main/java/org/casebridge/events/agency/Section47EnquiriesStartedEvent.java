package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * Children's social care started enquiries under section 47 of the Children Act 1989.
 *
 * @param caseId    the case
 * @param schoolUrn the referring school
 * @param agencyId  the agency
 * @param startedAt when the enquiries started
 */
@EventType("org.casebridge.agency.section-47-enquiries-started.v1")
public record Section47EnquiriesStartedEvent(String caseId, String schoolUrn, String agencyId, Instant startedAt)
        implements AgencyEvent {}
