package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.util.List;

/**
 * A line of the school's case list; {@code reference} is what people call the case (ADR 0048);
 * {@code ladoReferralOverdue} that an adult in a position of trust was recorded more than one working day ago and the
 * LADO was not referred to (ADR 0055).
 */
public record CaseSummaryView(
        String caseId,
        String reference,
        String status,
        Instant reportedAt,
        Instant initialReviewDueAt,
        boolean overdue,
        boolean awaitingPolice,
        List<String> referredTo,
        List<String> criteriaMet,
        int children,
        Instant closedAt,
        Instant lastEventAt,
        boolean ladoReferralOverdue) {}
