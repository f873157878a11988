package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's DSL added a child found after the report to a case it referred. The child as the bus may see them (ref,
 * age, year group, roles); the reason and the child's identity stay with the school.
 *
 * @param caseId    the case
 * @param schoolUrn the school
 * @param child     the child added
 * @param addedAt   when
 */
@EventType("org.casebridge.school.child-added.v1")
public record ChildAddedEvent(String caseId, String schoolUrn, ChildSummary child, Instant addedAt)
        implements SchoolEvent {}
