package org.casebridge.cases.incident.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReference;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One counter row per prefix and year ({@code case_reference_counter}), incremented by a single upsert in a short
 * transaction of its own, on a connection of its own, committed before the report goes on (ADR 0071, amending ADR
 * 0048): the row is locked only for that upsert, so reports of one school no longer wait for each other's whole
 * transaction. Two reports of the same school, on one instance or two, still take distinct numbers (the row lock
 * serialises the upserts); a report refused after its number was taken leaves a gap. The reference is kept by case
 * ({@code case_reference}, unique both ways) in the report's own transaction, so the report's answer can name it and
 * a reference can never be given twice whatever the counter says.
 *
 * <p>The counter's transaction commits with {@code synchronous_commit} off, so it does not wait for its own WAL flush:
 * a report that uses the number commits synchronously later, and its flush writes the counter's earlier commit with
 * it. Only a number no stored report ever used can be lost in a crash, and then it is given again, which is safe.
 */
@Component
class JdbcCaseReferences implements CaseReferences {

    private final JdbcTemplate jdbc;
    private final DataSource counters;

    JdbcCaseReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.counters = Objects.requireNonNull(jdbc.getDataSource(), "a JdbcTemplate with a DataSource");
    }

    @Override
    public String allocate(CaseId caseId, String prefix, int year) {
        String reference = CaseReference.of(prefix, year, next(prefix, year));
        jdbc.update("INSERT INTO case_reference (case_id, reference) VALUES (?, ?)", caseId.value(), reference);
        return reference;
    }

    /** The counter's next number, committed on a connection of its own: outside the report's transaction. */
    private long next(String prefix, int year) {
        try (Connection connection = counters.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement asynchronous =
                        connection.prepareStatement("SELECT set_config('synchronous_commit', 'off', true)")) {
                    asynchronous.execute();
                }
                long next;
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO case_reference_counter (prefix, year, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (prefix, year) DO UPDATE SET last_value = case_reference_counter.last_value + 1
                        RETURNING last_value""")) {
                    upsert.setString(1, prefix);
                    upsert.setInt(2, year);
                    try (ResultSet rs = upsert.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("No reference was allocated for " + prefix + " " + year);
                        }
                        next = rs.getLong(1);
                    }
                }
                connection.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The case reference counter could not be incremented", e);
        }
    }

    @Override
    public Optional<String> of(CaseId caseId) {
        return jdbc
                .queryForList("SELECT reference FROM case_reference WHERE case_id = ?", String.class, caseId.value())
                .stream()
                .findFirst();
    }
}
