package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** A device was examined under Education Act 1996 s.550ZC; the rationale is the good reason. */
@Revision("2")
public record DeviceExaminedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String deviceRef,
        @Sealed String findings,
        @Sealed String rationale)
        implements CaseEvent {}
