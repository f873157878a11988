package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A device was confiscated. */
@Revision("2")
public record DeviceConfiscatedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        @Sealed String description,
        String ownerChildRef,
        @Sealed String confiscatedBy,
        @Sealed String storedWhere,
        @Sealed String rationale)
        implements CaseEvent {}
