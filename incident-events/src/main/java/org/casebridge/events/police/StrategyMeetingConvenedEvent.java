package org.casebridge.events.police;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A force convened a strategy meeting with the school and agencies.
 *
 * @param caseId       the case
 * @param forceCode    the convening force
 * @param meetingId    the meeting
 * @param scheduledFor when it takes place
 * @param invitees     the invited organisations
 * @param convenedAt   when it was convened
 */
@EventType("org.casebridge.police.strategy-meeting-convened.v1")
public record StrategyMeetingConvenedEvent(
        String caseId,
        String forceCode,
        String meetingId,
        Instant scheduledFor,
        List<Organisation> invitees,
        Instant convenedAt)
        implements PoliceEvent {

    public StrategyMeetingConvenedEvent {
        invitees = List.copyOf(invitees);
    }

    /**
     * An organisation taking part, never a person.
     *
     * @param type SCHOOL, CHILDRENS_SOCIAL_CARE, HEALTH, POLICE, LADO or OTHER
     * @param id   the organisation's identifier: school URN, force code, agency id
     */
    public record Organisation(String type, String id) {}
}
