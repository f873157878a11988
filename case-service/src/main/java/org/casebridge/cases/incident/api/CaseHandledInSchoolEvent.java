package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL decided to handle the case in school; the rationale says why no referral was made. */
@Revision("2")
public record CaseHandledInSchoolEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        @Sealed String rationale) implements CaseEvent {}
