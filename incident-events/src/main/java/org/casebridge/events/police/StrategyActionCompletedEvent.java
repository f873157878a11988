package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A strategy-meeting action was completed.
 *
 * @param caseId      the case
 * @param forceCode   the force that chaired the meeting
 * @param meetingId   the meeting
 * @param actionId    the action
 * @param completedAt when
 */
@EventType("org.casebridge.police.strategy-action-completed.v1")
public record StrategyActionCompletedEvent(
        String caseId, String forceCode, String meetingId, String actionId, Instant completedAt)
        implements PoliceEvent {}
