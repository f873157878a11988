package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A strategy meeting gave an action to an organisation, with a due date, saying what the action is by a code. Version 2
 * of {@link StrategyActionAssignedEvent}, published beside it while version 1 is deprecated (ADR 0044). Codes and refs
 * only: the meeting's own description of the action stays with the police.
 *
 * @param caseId                the case
 * @param forceCode             the force that chaired the meeting
 * @param meetingId             the meeting
 * @param actionId              the action
 * @param actionType            what the action is, a {@link StrategyActionType} code ({@code OTHER} when none fits);
 *                              a consumer reads a code it does not know as {@code OTHER}
 * @param ownerOrganisationType SCHOOL, CHILDRENS_SOCIAL_CARE, HEALTH, POLICE, LADO or OTHER
 * @param ownerOrganisation     the owning organisation's identifier
 * @param dueBy                 when it is due
 * @param assignedAt            when it was assigned
 */
@EventType("org.casebridge.police.strategy-action-assigned.v2")
public record StrategyActionAssignedEventV2(
        String caseId,
        String forceCode,
        String meetingId,
        String actionId,
        String actionType,
        String ownerOrganisationType,
        String ownerOrganisation,
        Instant dueBy,
        Instant assignedAt)
        implements PoliceEvent {}
