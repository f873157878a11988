package org.casebridge.cases.incident.query;

import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.platform.access.AccessLogScope;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A DSL, or an auditor of the school (its information governance), may see who read the school's own cases in the
 * access log; only an auditor of an organisation that is not a school (the platform's information governance) reads
 * every case's. Need to know: one school's auditor reads nothing of another school's.
 */
@Component
class SchoolAccessLogScope implements AccessLogScope {

    private final JdbcTemplate jdbc;
    private final SchoolDirectory schools;

    SchoolAccessLogScope(JdbcTemplate jdbc, SchoolDirectory schools) {
        this.jdbc = jdbc;
        this.schools = schools;
    }

    @Override
    public boolean mayReadAccessTo(Actor reader, String caseId) {
        return (reader.role() == Actor.Role.SCHOOL_DSL || reader.role() == Actor.Role.AUDITOR)
                && Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM case_summary WHERE case_id::text = ? AND school_urn = ?)",
                        Boolean.class,
                        caseId,
                        reader.organisation()));
    }

    @Override
    public boolean auditorReadsEveryCase(Actor auditor) {
        return schools.find(auditor.organisation()).isEmpty();
    }
}
