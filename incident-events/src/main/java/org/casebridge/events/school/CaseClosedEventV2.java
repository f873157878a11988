package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school closed a case: version 1 with the school's area, published beside it (ADR 0020, ADR 0067), so that a case
 * handled in school is counted in its area's partnership report. The outcome summary stays in case-service.
 *
 * @param caseId                     the case
 * @param schoolUrn                  the school
 * @param localAuthorityCode         the school's local authority (ONS code)
 * @param route                      HANDLED_IN_SCHOOL or REFERRED
 * @param closedWithoutPoliceOutcome true when a referred case was closed before the police outcome arrived
 * @param closedAt                   when the DSL closed it
 */
@EventType("org.casebridge.school.case-closed.v2")
public record CaseClosedEventV2(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        String route,
        boolean closedWithoutPoliceOutcome,
        Instant closedAt)
        implements SchoolEvent {}
