package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * An agency says it completed a strategy-meeting action the police gave it. The police complete the action only if
 * the agency owns it.
 *
 * @param caseId      the case
 * @param schoolUrn   the referring school, when the agency's record of the case knows it (null otherwise)
 * @param agencyId    the agency that completed it
 * @param meetingId   the meeting
 * @param actionId    the action
 * @param completedAt when
 */
@EventType("org.casebridge.agency.strategy-action-completed.v1")
public record AgencyStrategyActionCompletedEvent(
        String caseId, String schoolUrn, String agencyId, String meetingId, String actionId, Instant completedAt)
        implements AgencyEvent {}
