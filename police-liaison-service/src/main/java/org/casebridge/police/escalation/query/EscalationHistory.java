package org.casebridge.police.escalation.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.history.AsOfTooEarlyException;
import org.casebridge.platform.history.HistoricalViews;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.casebridge.police.strategy.query.StrategyMeetingProjection;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An escalation as it stood at an instant (ADR 0047): the events of the escalation and of its strategy meetings up to
 * then, applied by {@link EscalationProjection}'s and {@link StrategyMeetingProjection}'s own handlers to empty shadows
 * of their tables, and read back by {@link EscalationQueries}. Who may read it is decided on the live escalation, as
 * for the live read: the force it is with now (and auditors); anyone else, or an instant before the police received
 * it, is not found.
 */
@Component
public class EscalationHistory {

    private static final List<String> TABLES =
            List.of("police_escalation", "police_strategy_meeting", "police_strategy_action");

    private final HistoricalViews history;
    private final EscalationProjection escalations;
    private final StrategyMeetingProjection meetings;
    private final EscalationQueries queries;
    private final NamedParameterJdbcTemplate jdbc;

    EscalationHistory(
            HistoricalViews history,
            EscalationProjection escalations,
            StrategyMeetingProjection meetings,
            EscalationQueries queries,
            NamedParameterJdbcTemplate jdbc) {
        this.history = history;
        this.escalations = escalations;
        this.meetings = meetings;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /**
     * The escalation as it stood at {@code asOf} (an ISO-8601 instant, not in the future).
     *
     * @throws org.casebridge.platform.problem.UnreadableRequestException 400 for an instant that is not one or is to
     *     come
     * @throws org.casebridge.platform.problem.NotFoundException 404 for an escalation the actor may not read, or not
     *     yet received then
     */
    public EscalationDetailView asOf(String caseId, String asOf, Actor actor) {
        Instant instant = history.instant(asOf);
        queries.readableForce(caseId, actor);
        List<String> aggregates = new ArrayList<>();
        aggregates.add(caseId);
        aggregates.addAll(jdbc.queryForList(
                "SELECT meeting_id FROM police_strategy_meeting WHERE case_id = :caseId ORDER BY meeting_id",
                Map.of("caseId", caseId),
                String.class));
        List<DomainEventMessage<?>> events = history.eventsUpTo(aggregates, instant, EscalationHistory::at);
        if (events.stream().noneMatch(e -> e.getPayload() instanceof EscalationEvent.EscalationReceivedEvent)) {
            throw new AsOfTooEarlyException("escalation", caseId, instant);
        }
        return history.rebuild(TABLES, List.of(escalations, meetings), events, () -> queries.detailAt(caseId, instant));
    }

    private static Instant at(EventMessage<?> event) {
        return switch (event.getPayload()) {
            case EscalationEvent e -> e.at();
            case StrategyMeetingEvent e -> e.at();
            default -> event.getTimestamp();
        };
    }
}
