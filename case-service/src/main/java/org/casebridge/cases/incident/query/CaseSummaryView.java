package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.util.List;

/** A line of the school's case list. */
public record CaseSummaryView(
        String caseId,
        String status,
        Instant reportedAt,
        Instant initialReviewDueAt,
        boolean overdue,
        boolean awaitingPolice,
        List<String> referredTo,
        List<String> criteriaMet,
        int children,
        Instant closedAt,
        Instant lastEventAt) {}
