package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The school deleted imagery from a device under its own powers. */
@Revision("2")
public record ImageryDeletedBySchoolEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        @Sealed String rationale) implements CaseEvent {}
