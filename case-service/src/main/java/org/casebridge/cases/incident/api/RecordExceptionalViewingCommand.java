package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that the DSL viewed the imagery in an exceptional case. A record only. */
public record RecordExceptionalViewingCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        Instant viewedAt,
        boolean headteacherConsulted,
        String witnessName,
        boolean witnessDidNotView,
        boolean onSchoolPremises,
        String reason,
        String whatFollowed) {}
