package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record the initial review meeting with an explicit answer to each of the five criteria. */
public record RecordInitialReviewCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        Instant heldAt,
        List<ReviewAttendee> attendees,
        Map<Criterion, Boolean> criteria,
        ReviewConsiderations considerations,
        String notes) {}
