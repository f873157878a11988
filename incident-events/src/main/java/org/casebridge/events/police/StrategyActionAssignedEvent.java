package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A strategy meeting gave an action to an organisation, with a due date, so that the owning agency hears of it.
 *
 * @param caseId                the case
 * @param forceCode             the force that chaired the meeting
 * @param meetingId             the meeting
 * @param actionId              the action
 * @param ownerOrganisationType SCHOOL, CHILDRENS_SOCIAL_CARE, HEALTH, POLICE, LADO or OTHER
 * @param ownerOrganisation     the owning organisation's identifier
 * @param dueBy                 when it is due
 * @param assignedAt            when it was assigned
 */
@EventType("org.casebridge.police.strategy-action-assigned.v1")
public record StrategyActionAssignedEvent(
        String caseId,
        String forceCode,
        String meetingId,
        String actionId,
        String ownerOrganisationType,
        String ownerOrganisation,
        Instant dueBy,
        Instant assignedAt)
        implements PoliceEvent {}
