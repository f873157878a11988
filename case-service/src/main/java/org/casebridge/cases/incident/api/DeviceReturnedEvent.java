package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A confiscated device was returned. */
@Revision("2")
public record DeviceReturnedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        @Sealed String returnedTo,
        @Sealed String rationale)
        implements CaseEvent {}
