package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record an examination of a confiscated device under Education Act 1996 s.550ZC. */
public record RecordDeviceExaminedCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String deviceRef, String goodReason, String findings) {}
