package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** One working day passed since an adult in a position of trust was recorded, and the LADO has not been referred to. */
@Revision("1")
public record LadoReferralOverdueEvent(
        CaseId caseId, String schoolUrn, ActedBy by, Instant at, Instant dueAt, String rationale)
        implements CaseEvent {}
