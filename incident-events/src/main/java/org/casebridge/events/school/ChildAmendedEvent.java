package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A school's DSL corrected a child's age, year group or roles on a case it referred; the old value travels beside the
 * new. Refs, ages, year groups and roles only: the reason stays with the school.
 *
 * @param caseId    the case
 * @param schoolUrn the school
 * @param before    the child as it was
 * @param after     the child as it is now (the same ref)
 * @param amendedAt when
 */
@EventType("org.casebridge.school.child-amended.v1")
public record ChildAmendedEvent(
        String caseId, String schoolUrn, ChildSummary before, ChildSummary after, Instant amendedAt)
        implements SchoolEvent {}
