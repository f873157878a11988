package org.casebridge.police.escalation.review;

import java.util.Collection;
import org.casebridge.platform.people.NamesKept;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people who acted on an escalation under a legal hold (ADR 0081), whose display names the platform's
 * {@code person-name-retention} task keeps while the hold lasts: everyone named as having acted ({@code by} and the
 * like: an id with a role and an organisation) in the events of a held escalation, its strategy meetings, its devices
 * and its subject access requests. A court or an inquiry may ask who they were; the events keep the ids either way.
 */
@Component
class LegalHoldNames implements NamesKept {

    private static final String ACTORS = """
            WITH held AS (SELECT case_id FROM police_escalation WHERE legal_hold_since IS NOT NULL),
            streams AS (
                SELECT case_id AS id FROM held
                UNION SELECT meeting_id FROM police_strategy_meeting WHERE case_id IN (SELECT case_id FROM held)
                UNION SELECT device_id FROM police_device WHERE case_id IN (SELECT case_id FROM held)
                UNION SELECT request_id FROM police_subject_access_request WHERE case_id IN (SELECT case_id FROM held))
            SELECT DISTINCT actor ->> 'id'
            FROM domain_event_entry d JOIN streams s ON d.aggregate_identifier = s.id
            CROSS JOIN LATERAL jsonb_path_query(convert_from(d.payload, 'UTF8')::jsonb,
                '$.** ? (exists(@.id) && exists(@.role) && exists(@.organisation))') actor
            WHERE actor ->> 'id' IS NOT NULL""";

    private final JdbcTemplate jdbc;

    LegalHoldNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Collection<String> userIds() {
        return jdbc.queryForList(ACTORS, String.class);
    }
}
