package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A supervisor signed off the proposed outcome and it is now assigned to the crime.
 *
 * @param caseId          the case
 * @param forceCode       the force
 * @param outcome         OUTCOME_21, OUTCOME_22, CHARGE, CAUTION, COMMUNITY_RESOLUTION or NO_FURTHER_ACTION
 * @param homeOfficeCode  the Home Office outcome code where there is one ({@code 21}, {@code 22}...), else null
 * @param assignedAt      when
 */
@EventType("org.casebridge.police.outcome-assigned.v1")
public record OutcomeAssignedEvent(
        String caseId, String forceCode, String outcome, String homeOfficeCode, Instant assignedAt)
        implements PoliceEvent {}
