package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a confiscated device was returned, and to whom. */
public record RecordDeviceReturnedCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String deviceRef, String returnedTo, String rationale) {}
