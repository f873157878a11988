package org.casebridge.events.police;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A force recorded the crime under the Home Office Counting Rules. Recording is not a criminal record. Carries the
 * classification and the children's roles by pseudonymous ref only: no crime reference, no names.
 *
 * @param caseId         the case
 * @param forceCode      the recording force
 * @param classification the HOCR classification, {@code 86/02} or {@code 86/10}
 * @param childRoles     each child's role: VICTIM, PERSON_INVOLVED or SUSPECT
 * @param recordedAt     when the crime was recorded
 */
@EventType("org.casebridge.police.crime-recorded.v1")
public record CrimeRecordedEvent(
        String caseId, String forceCode, String classification, List<ChildRole> childRoles, Instant recordedAt)
        implements PoliceEvent {

    public CrimeRecordedEvent {
        childRoles = List.copyOf(childRoles);
    }

    /**
     * A child's role in the crime record.
     *
     * @param ref  pseudonymous child ref, for example {@code child-1}
     * @param role VICTIM, PERSON_INVOLVED or SUSPECT
     */
    public record ChildRole(String ref, String role) {}
}
