package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** A confiscated device was returned. */
@Revision("1")
public record DeviceReturnedEvent(
        CaseId caseId, String schoolUrn, ActedBy by, Instant at, String deviceRef, String returnedTo, String rationale)
        implements CaseEvent {}
