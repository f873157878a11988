package org.casebridge.cases.incident.query;

import org.casebridge.platform.access.AccessLogScope;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A DSL may see who read their own school's cases in the access log; nobody else but an auditor may. */
@Component
class SchoolAccessLogScope implements AccessLogScope {

    private final JdbcTemplate jdbc;

    SchoolAccessLogScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayReadAccessTo(Actor reader, String caseId) {
        return reader.role() == Actor.Role.SCHOOL_DSL
                && Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM case_summary WHERE case_id::text = ? AND school_urn = ?)",
                        Boolean.class,
                        caseId,
                        reader.organisation()));
    }
}
