package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The strategy-meeting clock of a case's escalation round stopped: a meeting was held by the time it was due
 * ({@code MET}), or the time passed first ({@code MISSED}). A round whose assessment found no aggravating factors needs
 * no meeting and has no result. Multi-agency safeguarding, not law enforcement: shared on the same basis as the
 * meetings themselves (ADR 0067). Nothing of the meeting crosses.
 *
 * @param caseId    the case
 * @param forceCode the force
 * @param result    MET or MISSED
 * @param dueBy     when the meeting was due
 * @param decidedAt when the meeting was held, or when the clock ran out
 */
@EventType("org.casebridge.police.strategy-meeting-clock-result.v1")
public record StrategyMeetingClockResultEvent(
        String caseId, String forceCode, String result, Instant dueBy, Instant decidedAt) implements PoliceEvent {}
