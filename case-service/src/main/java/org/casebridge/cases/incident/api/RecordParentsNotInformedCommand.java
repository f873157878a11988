package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a child's parents or carers are not to be informed, and why. */
public record RecordParentsNotInformedCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String childRef, String reason) {}
