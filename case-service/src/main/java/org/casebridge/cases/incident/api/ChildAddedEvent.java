package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL added a child found after the report; the rationale is why. */
@Revision("2")
public record ChildAddedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        ChildInvolved child,
        @Sealed String rationale) implements CaseEvent {}
