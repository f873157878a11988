package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** A device was handed to the police under an exhibit reference. */
@Revision("1")
public record DeviceHandedToPoliceEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        String handedTo,
        Instant handedOverAt,
        String exhibitRef,
        String rationale)
        implements CaseEvent {}
