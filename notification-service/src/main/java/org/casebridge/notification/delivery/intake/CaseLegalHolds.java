package org.casebridge.notification.delivery.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The school's legal holds on its cases (ADR 0082), learnt from the events themselves in the inbox transaction, as
 * {@link CaseDirectory} learns a case's area: the retention job erases nothing of a held case. The latest placing or
 * lifting by the time the school recorded it wins, so an event received twice under different ids, or an older one
 * arriving late, changes nothing; the inbox already keeps a redelivered id from being applied twice.
 */
@Component
public class CaseLegalHolds {

    private final JdbcTemplate jdbc;

    public CaseLegalHolds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a hold placed or lifted; any other event is not about a hold. */
    public void learn(IntegrationEvent event, String eventId) {
        switch (event) {
            case LegalHoldPlacedEvent placed ->
                record(
                        placed.caseId(),
                        placed.holdingOrganisation(),
                        placed.schoolUrn(),
                        true,
                        placed.placedAt(),
                        eventId);
            case LegalHoldLiftedEvent lifted ->
                record(
                        lifted.caseId(),
                        lifted.holdingOrganisation(),
                        lifted.schoolUrn(),
                        false,
                        lifted.liftedAt(),
                        eventId);
            default -> {}
        }
    }

    private void record(
            String caseId, String holdingOrganisation, String schoolUrn, boolean held, Instant at, String eventId) {
        jdbc.update("""
                INSERT INTO case_legal_hold (case_id, holding_organisation, school_urn, held, changed_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id, holding_organisation) DO UPDATE SET school_urn = EXCLUDED.school_urn,
                    held = EXCLUDED.held, changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
                WHERE case_legal_hold.changed_at <= EXCLUDED.changed_at""", caseId, holdingOrganisation, schoolUrn, held, Timestamp.from(at), eventId);
    }
}
