package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school closed a case. The outcome summary stays in case-service: it is free text and may name people.
 *
 * @param caseId                    the case
 * @param schoolUrn                 the school
 * @param route                     HANDLED_IN_SCHOOL or REFERRED
 * @param closedWithoutPoliceOutcome true when a referred case was closed before the police outcome arrived
 * @param closedAt                  when the DSL closed it
 */
@EventType("org.casebridge.school.case-closed.v1")
public record CaseClosedEvent(
        String caseId, String schoolUrn, String route, boolean closedWithoutPoliceOutcome, Instant closedAt)
        implements SchoolEvent {}
