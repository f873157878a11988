package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a child's parents or carers were informed: who, when and how. */
public record RecordParentsInformedCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String childRef,
        String whoWasInformed,
        Instant informedAt,
        ParentContactMethod method,
        String notes) {}
