package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that the school deleted imagery from a device under its own powers. */
public record RecordDeletionBySchoolCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String deviceRef, String rationale) {}
