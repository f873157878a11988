package org.casebridge.police.escalation.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Crime references claimed in {@code police_crime_reference}, whose primary key is (force, reference). Runs in the
 * command's transaction, so a refused or failed command releases its claim.
 */
@Component
class JdbcCrimeReferenceRegistry implements CrimeReferenceRegistry {

    private final JdbcTemplate jdbc;

    JdbcCrimeReferenceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String forceCode, String crimeReference, String caseId) {
        jdbc.update("""
                INSERT INTO police_crime_reference (force_code, crime_reference, case_id) VALUES (?, ?, ?)
                ON CONFLICT (force_code, crime_reference) DO NOTHING""", forceCode, crimeReference, caseId);
        String holder = jdbc.queryForObject("""
                SELECT case_id FROM police_crime_reference WHERE force_code = ? AND crime_reference = ?""", String.class, forceCode, crimeReference);
        return caseId.equals(holder);
    }
}
