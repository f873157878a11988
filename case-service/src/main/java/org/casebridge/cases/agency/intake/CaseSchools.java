package org.casebridge.cases.agency.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The school of a case held here, for events from other services: empty for a case this service never held (another
 * school system's). A case whose view has not caught up with its report yet is retried, not skipped.
 */
@Component
public class CaseSchools {

    private final JdbcTemplate jdbc;

    public CaseSchools(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> schoolOf(String caseId) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        List<String> urns =
                jdbc.queryForList("SELECT school_urn FROM case_summary WHERE case_id = ?", String.class, id);
        if (!urns.isEmpty()) {
            return Optional.of(urns.getFirst());
        }
        Boolean held = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0"
                        + " AND type = 'SafeguardingCase')",
                Boolean.class,
                caseId);
        if (Boolean.TRUE.equals(held)) {
            throw new IllegalStateException("Case " + caseId + " is held here but its view is not written yet");
        }
        return Optional.empty();
    }
}
