package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL corrected a child's age, year group or roles; both versions stay on record. The rationale is why. */
@Revision("2")
public record ChildAmendedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String childRef,
        ChildInvolved before,
        ChildInvolved after,
        @Sealed String rationale)
        implements CaseEvent {}
