package org.casebridge.notification.delivery.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The legal holds on cases, the school's (ADR 0082) and a force's on its escalation (ADR 0087), learnt from the events
 * themselves in the inbox transaction, as {@link CaseDirectory} learns a case's area: the retention job erases nothing
 * of a held case. The latest placing or lifting by the time its holder recorded it wins, so an event received twice
 * under different ids, or an older one arriving late, changes nothing; the inbox already keeps a redelivered id from
 * being applied twice. A force's hold has no school (its events do not carry one), and it is the escalation's, which
 * keeps it when it is transferred to another force (ADR 0081): the latest police placing or lifting of the case, by
 * whichever force, decides every force's row of it, so a hold placed by one force and lifted by the next is lifted.
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
            case EscalationLegalHoldPlacedEvent placed ->
                recordForce(placed.caseId(), placed.forceCode(), true, placed.placedAt(), eventId);
            case EscalationLegalHoldLiftedEvent lifted ->
                recordForce(lifted.caseId(), lifted.forceCode(), false, lifted.liftedAt(), eventId);
            default -> {}
        }
    }

    private void recordForce(String caseId, String forceCode, boolean held, Instant at, String eventId) {
        Timestamp changedAt = Timestamp.from(at);
        jdbc.update("""
                UPDATE case_legal_hold SET held = ?, changed_at = ?, event_id = ?
                WHERE case_id = ? AND holder_kind = 'POLICE_FORCE' AND holding_organisation <> ? AND changed_at <= ?""", held, changedAt, eventId, caseId, forceCode, changedAt);
        jdbc.update("""
                INSERT INTO case_legal_hold (case_id, holding_organisation, school_urn, held, changed_at, event_id,
                    holder_kind)
                SELECT ?, ?, NULL, ?, ?, ?, 'POLICE_FORCE'
                WHERE NOT EXISTS (SELECT 1 FROM case_legal_hold
                                  WHERE case_id = ? AND holder_kind = 'POLICE_FORCE' AND changed_at > ?)
                ON CONFLICT (case_id, holding_organisation) DO UPDATE SET held = EXCLUDED.held,
                    changed_at = EXCLUDED.changed_at, event_id = EXCLUDED.event_id
                WHERE case_legal_hold.changed_at <= EXCLUDED.changed_at""", caseId, forceCode, held, changedAt, eventId, caseId, changedAt);
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
