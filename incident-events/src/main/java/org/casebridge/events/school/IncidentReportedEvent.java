package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A DSL reported an incident: that a case exists, in which area and when, for the partnership report (ADR 0067). Nothing
 * of what happened and nobody involved crosses: the children, the imagery, the summary and the case's reference stay in
 * case-service. Shared with no agency; the safeguarding partnership counts it.
 *
 * @param caseId             the case
 * @param schoolUrn          the reporting school
 * @param localAuthorityCode the school's local authority (ONS code), the area the partnership reports on
 * @param reportedAt         when the DSL reported it
 */
@EventType("org.casebridge.school.incident-reported.v1")
public record IncidentReportedEvent(String caseId, String schoolUrn, String localAuthorityCode, Instant reportedAt)
        implements SchoolEvent {}
