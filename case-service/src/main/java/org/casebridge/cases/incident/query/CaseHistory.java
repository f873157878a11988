package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.platform.history.AsOfTooEarlyException;
import org.casebridge.platform.history.HistoricalViews;
import org.springframework.stereotype.Component;

/**
 * A case as it stood at an instant (ADR 0047): its events up to then, applied by {@link CaseViewProjection}'s own
 * handler to empty shadows of its tables, and read back by {@link CaseViewQueries}, so the answer has the live
 * read's shape and scope. A case outside the reader's scope is not found, as in the live read; so is a case at an
 * instant before it was reported.
 */
@Component
public class CaseHistory {

    private static final List<String> TABLES = List.of(
            "case_summary",
            "case_child",
            "case_device",
            "case_timeline",
            "case_transfer",
            "case_adult",
            "case_lado_referral");

    private final HistoricalViews history;
    private final CaseViewProjection projection;
    private final CaseViewQueries queries;

    CaseHistory(HistoricalViews history, CaseViewProjection projection, CaseViewQueries queries) {
        this.history = history;
        this.projection = projection;
        this.queries = queries;
    }

    /** The case and its timeline as they stood at an instant. */
    public record AsOf(Instant asOf, CaseDetailView detail, List<TimelineEntryView> timeline) {}

    /**
     * The case as it stood at {@code asOf} (an ISO-8601 instant, not in the future).
     *
     * @throws org.casebridge.platform.problem.UnreadableRequestException 400 for an instant that is not one or is to
     *     come
     * @throws org.casebridge.platform.problem.NotFoundException 404 for a case outside the scope, or not yet reported
     *     then
     */
    public AsOf asOf(UUID caseId, String asOf, CaseScope scope) {
        Instant instant = history.instant(asOf);
        queries.detail(caseId, scope);
        List<DomainEventMessage<?>> events = history.eventsUpTo(List.of(caseId.toString()), instant, CaseHistory::at);
        if (events.isEmpty()) {
            throw new AsOfTooEarlyException("case", caseId.toString(), instant);
        }
        return history.rebuild(
                TABLES,
                List.of(projection),
                events,
                () -> new AsOf(
                        instant,
                        queries.find(caseId, scope, instant).orElseThrow(),
                        queries.timeline(caseId, scope).entries()));
    }

    private static Instant at(EventMessage<?> event) {
        return event.getPayload() instanceof CaseEvent caseEvent ? caseEvent.at() : event.getTimestamp();
    }
}
