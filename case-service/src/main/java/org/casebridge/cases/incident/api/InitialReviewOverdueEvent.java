package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The initial review was not recorded in time. */
@Revision("1")
public record InitialReviewOverdueEvent(
        CaseId caseId, String schoolUrn, ActedBy by, Instant at, Instant dueAt, String rationale)
        implements CaseEvent {}
