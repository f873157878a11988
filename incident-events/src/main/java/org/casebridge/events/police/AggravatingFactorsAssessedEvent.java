package org.casebridge.events.police;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A force assessed the aggravating factors and so chose the path. Factor codes only; the officer's notes stay with
 * the police.
 *
 * @param caseId                  the case
 * @param forceCode               the assessing force
 * @param factors                 the factor codes found, for example {@code COERCION_OR_BLACKMAIL}; empty when none
 * @param path                    POLICE_IN_CONTROL or SUPPORT_VICTIMS_AND_ASSIST_SCHOOL
 * @param strategyMeetingRequired whether a strategy meeting with the school and agencies is required
 * @param assessedAt              when
 */
@EventType("org.casebridge.police.aggravating-factors-assessed.v1")
public record AggravatingFactorsAssessedEvent(
        String caseId,
        String forceCode,
        List<String> factors,
        String path,
        boolean strategyMeetingRequired,
        Instant assessedAt)
        implements PoliceEvent {

    public AggravatingFactorsAssessedEvent {
        factors = List.copyOf(factors);
    }
}
