package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** A child's parents or carers are not to be informed; the rationale is the reason. */
@Revision("1")
public record ParentsNotInformedEvent(
        CaseId caseId, String schoolUrn, ActedBy by, Instant at, String childRef, String rationale)
        implements CaseEvent {}
