package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The DSL viewed the imagery in an exceptional case; the rationale is the reason. */
@Revision("2")
public record ExceptionalViewingRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        Instant viewedAt,
        boolean headteacherConsulted,
        @Sealed String witnessName,
        boolean witnessDidNotView,
        boolean onSchoolPremises,
        @Sealed String whatFollowed,
        @Sealed String rationale)
        implements CaseEvent {}
