package org.casebridge.cases.agency.query;

import java.util.List;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.command.SchoolActionsOpen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The school's open actions from the {@code school-actions} read model. An action assigned in the same instant as
 * the closure may not be in it yet; the police then see the closure on the escalation beside the open action.
 */
@Component
class JdbcSchoolActionsOpen implements SchoolActionsOpen {

    private final JdbcTemplate jdbc;

    JdbcSchoolActionsOpen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> of(CaseId caseId, String schoolUrn) {
        return jdbc.queryForList("""
                SELECT action_id FROM school_strategy_action
                WHERE case_id = ? AND owner_type = 'SCHOOL' AND owner_organisation = ?
                  AND done_at IS NULL AND completed_at IS NULL
                ORDER BY assigned_at, action_id""", String.class, caseId.value(), schoolUrn);
    }
}
