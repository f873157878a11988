package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that the case's personal details were erased by destroying its key. */
public record ErasePersonalDetailsCommand(
        @TargetAggregateIdentifier CaseId caseId, ActedBy by, String reason) {}
