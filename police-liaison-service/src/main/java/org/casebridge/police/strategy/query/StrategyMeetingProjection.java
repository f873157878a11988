package org.casebridge.police.strategy.query;

import static org.casebridge.police.shared.ReadModels.appendOnce;
import static org.casebridge.police.shared.ReadModels.erasedColumns;
import static org.casebridge.police.shared.ReadModels.erasedInArray;
import static org.casebridge.police.shared.ReadModels.json;
import static org.casebridge.police.shared.ReadModels.timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionOverdueEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.InformationSharedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyDecisionRecordedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingConvenedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.casebridge.police.strategy.query.StrategyViews.DecisionView;
import org.casebridge.police.strategy.query.StrategyViews.InformationView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code police_strategy_meeting} and {@code police_strategy_action} tables; every handler is idempotent. */
@Component
@ProcessingGroup(StrategyMeetingProjection.GROUP)
public class StrategyMeetingProjection {

    static final String GROUP = "police-strategy-meetings";
    private static final String TABLE = "police_strategy_meeting";

    private final JdbcTemplate jdbc;

    StrategyMeetingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StrategyMeetingConvenedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_strategy_meeting (meeting_id, case_id, force_code, scheduled_for, venue, invitees,
                    convened_by, convened_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (meeting_id) DO NOTHING""",
                e.meetingId(),
                e.caseId(),
                e.forceCode(),
                timestamp(e.scheduledFor()),
                e.venue(),
                json(e.invitees()),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(StrategyMeetingHeldEvent e) {
        jdbc.update(
                "UPDATE police_strategy_meeting SET held_at = ?, attendees = ?::jsonb WHERE meeting_id = ?",
                timestamp(e.heldAt()),
                json(e.attendees()),
                e.meetingId());
    }

    @EventHandler
    void on(InformationSharedEvent e) {
        InformationView view = new InformationView(
                e.informationId(),
                e.sharedBy(),
                e.summary(),
                e.lawfulBasis().name(),
                e.lawfulBasis().legislation(),
                e.by().id(),
                e.at());
        appendOnce(
                jdbc,
                TABLE,
                "meeting_id",
                e.meetingId(),
                "information",
                "informationId",
                e.informationId(),
                json(view));
    }

    @EventHandler
    void on(StrategyDecisionRecordedEvent e) {
        DecisionView view = new DecisionView(
                e.decisionId(), e.topic().name(), e.decision(), e.startSection47(), e.rationale(), e.by().id(), e.at());
        appendOnce(jdbc, TABLE, "meeting_id", e.meetingId(), "decisions", "decisionId", e.decisionId(), json(view));
    }

    @EventHandler
    void on(ActionAssignedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_strategy_action (action_id, meeting_id, case_id, force_code, action_type, description,
                    owner_type, owner_organisation, owner_role, due_by, assigned_by, assigned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_id) DO NOTHING""",
                e.actionId(),
                e.meetingId(),
                e.caseId(),
                e.forceCode(),
                e.actionType().name(),
                e.description(),
                e.owner().type().name(),
                e.owner().organisation(),
                e.owner().role(),
                timestamp(e.dueBy()),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(ActionCompletedEvent e) {
        jdbc.update("""
                UPDATE police_strategy_action SET completed_at = ?, completed_by = ?, completion_note = ?
                WHERE action_id = ?""", timestamp(e.at()), e.by().id(), e.note(), e.actionId());
    }

    @EventHandler
    void on(ActionOverdueEvent e) {
        jdbc.update("UPDATE police_strategy_action SET flagged_overdue = true WHERE action_id = ?", e.actionId());
    }

    /** The case's free text became unreadable with its key (ADR 0064): the copies here go too. */
    @EventHandler
    void on(PersonalDetailsErasedEvent e) {
        jdbc.update(
                "UPDATE " + TABLE + " SET " + erasedColumns("venue") + ", " + erasedInArray("information", "summary")
                        + ", " + erasedInArray("decisions", "decision", "rationale") + " WHERE case_id = ?",
                e.caseId());
        jdbc.update(
                "UPDATE police_strategy_action SET " + erasedColumns("description", "completion_note")
                        + " WHERE case_id = ?",
                e.caseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM police_strategy_action");
        jdbc.update("DELETE FROM police_strategy_meeting");
    }
}
