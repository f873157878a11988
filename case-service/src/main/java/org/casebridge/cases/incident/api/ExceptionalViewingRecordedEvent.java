package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The DSL viewed the imagery in an exceptional case; the rationale is the reason. */
@Revision("1")
public record ExceptionalViewingRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        Instant viewedAt,
        boolean headteacherConsulted,
        String witnessName,
        boolean witnessDidNotView,
        boolean onSchoolPremises,
        String whatFollowed,
        String rationale)
        implements CaseEvent {}
