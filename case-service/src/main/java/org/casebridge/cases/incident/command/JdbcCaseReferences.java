package org.casebridge.cases.incident.command;

import java.util.Optional;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One counter row per prefix and year ({@code case_reference_counter}), incremented by a single upsert in the
 * transaction that stores the report: PostgreSQL locks the row until that transaction ends, so two reports of the same
 * school, on one instance or two, take consecutive numbers, and a refused report gives its number back. The reference
 * is also kept by case ({@code case_reference}, unique both ways), so the report's answer can name it and a reference
 * can never be given twice whatever the counter says.
 */
@Component
class JdbcCaseReferences implements CaseReferences {

    private final JdbcTemplate jdbc;

    JdbcCaseReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String allocate(CaseId caseId, String prefix, int year) {
        Long next = jdbc.queryForObject("""
                INSERT INTO case_reference_counter (prefix, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (prefix, year) DO UPDATE SET last_value = case_reference_counter.last_value + 1
                RETURNING last_value""", Long.class, prefix, year);
        if (next == null) {
            throw new IllegalStateException("No reference was allocated for " + prefix + " " + year);
        }
        String reference = CaseReference.of(prefix, year, next);
        jdbc.update("INSERT INTO case_reference (case_id, reference) VALUES (?, ?)", caseId.value(), reference);
        return reference;
    }

    @Override
    public Optional<String> of(CaseId caseId) {
        return jdbc
                .queryForList("SELECT reference FROM case_reference WHERE case_id = ?", String.class, caseId.value())
                .stream()
                .findFirst();
    }
}
