package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A device was handed to the police under an exhibit reference. */
@Revision("2")
public record DeviceHandedToPoliceEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        @Sealed String handedTo,
        Instant handedOverAt,
        String exhibitRef,
        @Sealed String rationale)
        implements CaseEvent {}
