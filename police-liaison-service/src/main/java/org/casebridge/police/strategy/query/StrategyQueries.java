package org.casebridge.police.strategy.query;

import static org.casebridge.police.shared.ReadModels.instant;
import static org.casebridge.police.shared.ReadModels.list;
import static org.casebridge.police.shared.ReadModels.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.shared.ForceAccess;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.query.StrategyViews.ActionView;
import org.casebridge.police.strategy.query.StrategyViews.DecisionView;
import org.casebridge.police.strategy.query.StrategyViews.InformationView;
import org.casebridge.police.strategy.query.StrategyViews.StrategyMeetingView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of strategy meetings and actions; the caller has already checked the case belongs to the force. */
@Component
public class StrategyQueries {

    /** Which actions of a force to list. */
    public enum ActionFilter {
        OPEN,
        OVERDUE,
        ALL
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ForceDirectory forces;

    StrategyQueries(NamedParameterJdbcTemplate jdbc, Clock clock, ForceDirectory forces) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.forces = forces;
    }

    public List<StrategyMeetingView> meetingsOfCase(String caseId) {
        Instant now = clock.instant();
        Map<String, List<ActionView>> actions = jdbc
                .query(
                        "SELECT * FROM police_strategy_action WHERE case_id = :caseId ORDER BY due_by, action_id",
                        Map.of("caseId", caseId),
                        (rs, row) -> action(rs, now))
                .stream()
                .collect(Collectors.groupingBy(ActionView::meetingId));
        return jdbc.query(
                "SELECT * FROM police_strategy_meeting WHERE case_id = :caseId ORDER BY scheduled_for",
                Map.of("caseId", caseId),
                (rs, row) -> new StrategyMeetingView(
                        rs.getString("meeting_id"),
                        rs.getString("case_id"),
                        instant(rs, "scheduled_for"),
                        rs.getString("venue"),
                        list(rs.getString("invitees"), Participant.class),
                        rs.getString("convened_by"),
                        instant(rs, "convened_at"),
                        instant(rs, "held_at"),
                        list(rs.getString("attendees"), Participant.class),
                        list(rs.getString("information"), InformationView.class),
                        list(rs.getString("decisions"), DecisionView.class),
                        actions.getOrDefault(rs.getString("meeting_id"), List.of())));
    }

    /** The actions of every case of the actor's force (of every force for the platform's auditors), the soonest due first. */
    public List<ActionView> actionsVisibleTo(Actor actor, ActionFilter filter) {
        ForceAccess.requireListReader(actor.actedBy());
        Instant now = clock.instant();
        String where = switch (filter) {
            case OPEN -> " AND completed_at IS NULL";
            case OVERDUE -> " AND completed_at IS NULL AND (flagged_overdue OR due_by < :now)";
            case ALL -> "";
        };
        String scope = ForceAccess.readsEveryForce(actor.actedBy(), forces) ? "TRUE" : "force_code = :force";
        return jdbc.query(
                "SELECT * FROM police_strategy_action WHERE " + scope + where + " ORDER BY due_by, action_id",
                new MapSqlParameterSource()
                        .addValue("force", actor.organisation())
                        .addValue("now", timestamp(now)),
                (rs, row) -> action(rs, now));
    }

    private static ActionView action(ResultSet rs, Instant now) throws SQLException {
        Instant completedAt = instant(rs, "completed_at");
        Instant dueBy = instant(rs, "due_by");
        boolean overdue = completedAt == null && (rs.getBoolean("flagged_overdue") || dueBy.isBefore(now));
        return new ActionView(
                rs.getString("action_id"),
                rs.getString("meeting_id"),
                rs.getString("case_id"),
                rs.getString("action_type"),
                rs.getString("description"),
                new Participant(
                        OrganisationType.valueOf(rs.getString("owner_type")),
                        rs.getString("owner_organisation"),
                        rs.getString("owner_role")),
                dueBy,
                rs.getString("assigned_by"),
                instant(rs, "assigned_at"),
                completedAt,
                rs.getString("completed_by"),
                rs.getString("completion_note"),
                overdue);
    }
}
