package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force changed a child's role in the crime record (person involved to suspect and back), or gave a role to a child
 * the school added later. By pseudonymous ref only; the reason stays with the police.
 *
 * @param caseId    the case
 * @param forceCode the force
 * @param ref       pseudonymous child ref, for example {@code child-2}
 * @param fromRole  VICTIM, PERSON_INVOLVED or SUSPECT; {@code null} for a child given a role for the first time
 * @param toRole    VICTIM, PERSON_INVOLVED or SUSPECT
 * @param changedAt when
 */
@EventType("org.casebridge.police.crime-child-role-changed.v1")
public record CrimeChildRoleChangedEvent(
        String caseId, String forceCode, String ref, String fromRole, String toRole, Instant changedAt)
        implements PoliceEvent {}
