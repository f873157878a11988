package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** A device was confiscated. */
@Revision("1")
public record DeviceConfiscatedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        String description,
        String ownerChildRef,
        String confiscatedBy,
        String storedWhere,
        String rationale)
        implements CaseEvent {}
