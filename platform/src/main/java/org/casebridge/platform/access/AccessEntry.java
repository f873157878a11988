package org.casebridge.platform.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One read of a record: who (user, role, organisation), what, which case, when, and why where the reader said.
 *
 * @param path the request path read, without its query (queries may carry search terms)
 */
public record AccessEntry(
        long id,
        Instant at,
        String actorId,
        String actorRole,
        String actorOrganisation,
        String what,
        String caseId,
        String path,
        String purpose) {

    /** The entry of an {@code access_log} row. */
    static AccessEntry read(ResultSet rs, int row) throws SQLException {
        return new AccessEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("actor_org"),
                rs.getString("what"),
                rs.getString("case_id"),
                rs.getString("path"),
                rs.getString("purpose"));
    }
}
