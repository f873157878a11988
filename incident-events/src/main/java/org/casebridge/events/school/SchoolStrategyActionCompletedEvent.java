package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The school's DSL says the school completed a strategy-meeting action the police gave it. The police complete the
 * action only if the school owns it.
 *
 * @param caseId      the case
 * @param schoolUrn   the school that completed it
 * @param meetingId   the meeting
 * @param actionId    the action
 * @param completedAt when
 */
@EventType("org.casebridge.school.strategy-action-completed.v1")
public record SchoolStrategyActionCompletedEvent(
        String caseId, String schoolUrn, String meetingId, String actionId, Instant completedAt)
        implements SchoolEvent {}
