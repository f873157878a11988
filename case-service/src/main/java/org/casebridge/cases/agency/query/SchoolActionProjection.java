package org.casebridge.cases.agency.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionCompletedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The school's strategy-meeting actions, for its case. Idempotent, and rebuilt by a reset. */
@Component
@ProcessingGroup(SchoolActionProjection.PROCESSING_GROUP)
public class SchoolActionProjection {

    public static final String PROCESSING_GROUP = "school-actions";

    private final JdbcTemplate jdbc;

    public SchoolActionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolActionAssignedEvent e) {
        jdbc.update(
                """
                INSERT INTO school_strategy_action (case_id, action_id, meeting_id, force_code, action_type, owner_type,
                    owner_organisation, due_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, action_id) DO NOTHING""",
                UUID.fromString(e.caseId()),
                e.actionId(),
                e.meetingId(),
                e.forceCode(),
                e.actionType(),
                e.ownerType(),
                e.ownerOrganisation(),
                ts(e.dueBy()),
                ts(e.assignedAt()));
    }

    @EventHandler
    void on(SchoolActionMarkedDoneEvent e) {
        jdbc.update(
                "UPDATE school_strategy_action SET done_at = ?, done_by = ? WHERE case_id = ? AND action_id = ?",
                ts(e.at()),
                e.by().id(),
                UUID.fromString(e.caseId()),
                e.actionId());
    }

    @EventHandler
    void on(SchoolActionCompletedEvent e) {
        jdbc.update(
                "UPDATE school_strategy_action SET completed_at = ? WHERE case_id = ? AND action_id = ?",
                ts(e.completedAt()),
                UUID.fromString(e.caseId()),
                e.actionId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM school_strategy_action");
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
