package org.casebridge.notification.referral.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AgencyCaseFreeTextErasedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationMeetingRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationOutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoAcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.PensionAgeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentWithdrawnEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47EnquiriesStartedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionCompletedByAgencyEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionConfirmedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.LadoAdult;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.platform.sealing.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agency's cases table, in a subscribing processor (the command's transaction), as the subscription table is: the
 * portal shows an acknowledgement the moment it is given, and the intake finds an action's owner as soon as the
 * assignment was noted.
 */
@Component
@ProcessingGroup(AgencyCaseProjection.PROCESSING_GROUP)
public class AgencyCaseProjection {

    public static final String PROCESSING_GROUP = "agency-cases";

    private final JdbcTemplate jdbc;

    public AgencyCaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A rebuild (ADR 0050) empties both tables and applies every agency case's events again. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM agency_lado_attendee");
        jdbc.update("DELETE FROM agency_lado_adult");
        jdbc.update("DELETE FROM agency_lado_referral");
        jdbc.update("DELETE FROM agency_case_action");
        jdbc.update("DELETE FROM agency_case");
    }

    @EventHandler
    void on(ReferralReceivedEvent e) {
        jdbc.update(
                """
                INSERT INTO agency_case (agency_case_id, case_id, agency_id, school_urn, local_authority_code,
                    referred_at, acknowledge_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (agency_case_id) DO UPDATE SET school_urn = EXCLUDED.school_urn,
                    local_authority_code = EXCLUDED.local_authority_code, referred_at = EXCLUDED.referred_at,
                    acknowledge_by = EXCLUDED.acknowledge_by, updated_at = EXCLUDED.updated_at""",
                e.agencyCaseId(),
                e.caseId(),
                e.agencyId(),
                e.schoolUrn(),
                e.localAuthorityCode(),
                ts(e.referredAt()),
                ts(e.acknowledgeBy()),
                ts(e.receivedAt()));
    }

    @EventHandler
    void on(StrategyActionNotedEvent e) {
        jdbc.update("""
                INSERT INTO agency_case (agency_case_id, case_id, agency_id, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (agency_case_id) DO NOTHING""", e.agencyCaseId(), e.caseId(), e.agencyId(), ts(e.notedAt()));
        jdbc.update("""
                INSERT INTO agency_case_action (agency_case_id, action_id, meeting_id, action_type, due_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.agencyCaseId(), e.actionId(), e.meetingId(), e.actionType(), ts(e.dueBy()));
    }

    @EventHandler
    void on(ReferralAcknowledgedEvent e) {
        update(
                e.agencyCaseId(),
                "acknowledged_at = ?, acknowledged_by = ?, acknowledged_late = ?",
                e.acknowledgedAt(),
                ts(e.acknowledgedAt()),
                e.by().id(),
                e.late());
    }

    @EventHandler
    void on(AcknowledgementOverdueEvent e) {
        update(e.agencyCaseId(), "acknowledgement_overdue = TRUE", e.flaggedAt());
    }

    @EventHandler
    void on(Section47EnquiriesStartedEvent e) {
        update(e.agencyCaseId(), "section47_started_at = ?", e.recordedAt(), ts(e.startedAt()));
    }

    @EventHandler
    void on(Section47OutcomeRecordedEvent e) {
        update(
                e.agencyCaseId(),
                "section47_outcome = ?, section47_outcome_at = ?",
                e.recordedAt(),
                e.outcome().name(),
                ts(e.recordedAt()));
    }

    @EventHandler
    void on(StrategyActionCompletedByAgencyEvent e) {
        jdbc.update(
                "UPDATE agency_case_action SET completed_by_agency_at = ? WHERE agency_case_id = ? AND action_id = ?",
                ts(e.completedAt()),
                e.agencyCaseId(),
                e.actionId());
    }

    @EventHandler
    void on(StrategyActionConfirmedEvent e) {
        jdbc.update(
                "UPDATE agency_case_action SET completed_at = ? WHERE agency_case_id = ? AND action_id = ?",
                ts(e.completedAt()),
                e.agencyCaseId(),
                e.actionId());
    }

    @EventHandler
    void on(LadoReferralReceivedEvent e) {
        jdbc.update(
                """
                INSERT INTO agency_case (agency_case_id, case_id, agency_id, school_urn, local_authority_code, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (agency_case_id) DO UPDATE SET school_urn = EXCLUDED.school_urn,
                    local_authority_code = COALESCE(agency_case.local_authority_code, EXCLUDED.local_authority_code),
                    updated_at = EXCLUDED.updated_at""",
                e.agencyCaseId(),
                e.caseId(),
                e.agencyId(),
                e.schoolUrn(),
                e.localAuthorityCode(),
                ts(e.receivedAt()));
        jdbc.update(
                """
                INSERT INTO agency_lado_referral (agency_case_id, children, referral_due_by, referral_late, referred_at,
                    acknowledge_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (agency_case_id) DO UPDATE SET children = EXCLUDED.children,
                    referral_late = agency_lado_referral.referral_late OR EXCLUDED.referral_late,
                    referred_at = EXCLUDED.referred_at""",
                e.agencyCaseId(),
                e.children(),
                ts(e.referralDueBy()),
                e.late(),
                ts(e.referredAt()),
                ts(e.acknowledgeBy()));
        for (LadoAdult adult : e.adults()) {
            jdbc.update("""
                    INSERT INTO agency_lado_adult (agency_case_id, adult_ref, role, employer, referred_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.agencyCaseId(), adult.ref(), adult.role(), adult.employer(), ts(e.referredAt()));
        }
    }

    @EventHandler
    void on(LadoReferralAcknowledgedEvent e) {
        lado(
                e.agencyCaseId(),
                e.acknowledgedAt(),
                "acknowledged_at = ?, acknowledged_by = ?, acknowledged_late = ?",
                ts(e.acknowledgedAt()),
                e.by().id(),
                e.late());
    }

    @EventHandler
    void on(AllegationMeetingRecordedEvent e) {
        lado(
                e.agencyCaseId(),
                e.recordedAt(),
                "meeting_held_on = ?, meeting_rationale = ?, meeting_recorded_by = ?",
                e.heldOn(),
                e.rationale(),
                e.by().id());
        for (int i = 0; i < e.attendees().size(); i++) {
            MeetingAttendee attendee = e.attendees().get(i);
            jdbc.update("""
                    INSERT INTO agency_lado_attendee (agency_case_id, position, role, organisation)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.agencyCaseId(), i + 1, attendee.role().name(), attendee.organisation());
        }
    }

    @EventHandler
    void on(AllegationOutcomeRecordedEvent e) {
        lado(
                e.agencyCaseId(),
                e.recordedAt(),
                "outcome = ?, outcome_rationale = ?, outcome_recorded_at = ?, outcome_recorded_by = ?",
                e.outcome().name(),
                e.rationale(),
                ts(e.recordedAt()),
                e.by().id());
    }

    /**
     * The agency case's retention ended and its key was destroyed (ADR 0075): the copies of its free text go, replaced
     * by exactly the erased words a replay after the erasure writes, so rebuild equals live (ADR 0050).
     */
    @EventHandler
    void on(AgencyCaseFreeTextErasedEvent e) {
        lado(
                e.agencyCaseId(),
                e.erasedAt(),
                "meeting_rationale = CASE WHEN meeting_rationale IS NULL THEN NULL ELSE ? END,"
                        + " outcome_rationale = CASE WHEN outcome_rationale IS NULL THEN NULL ELSE ? END,"
                        + " free_text_erased_at = ?",
                SealedText.ERASED,
                SealedText.ERASED,
                ts(e.erasedAt()));
        jdbc.update(
                "UPDATE agency_lado_attendee SET organisation = ? WHERE agency_case_id = ?",
                SealedText.ERASED,
                e.agencyCaseId());
        jdbc.update(
                "UPDATE agency_lado_adult SET pension_age_on = NULL,"
                        + " retention_consent_basis = CASE WHEN retention_consent_basis IS NULL THEN NULL ELSE ? END,"
                        + " consent_withdrawal_rationale ="
                        + " CASE WHEN consent_withdrawal_rationale IS NULL THEN NULL ELSE ? END"
                        + " WHERE agency_case_id = ?",
                SealedText.ERASED,
                SealedText.ERASED,
                e.agencyCaseId());
    }

    /**
     * The adult's normal pension age (ADR 0084): a copy of the sealed day, or none when not known; a replay after the
     * erasure reads the erased words and keeps none, as the erasure left it.
     */
    @EventHandler
    void on(PensionAgeRecordedEvent e) {
        adult(
                e.agencyCaseId(),
                e.adultRef(),
                e.recordedAt(),
                "pension_age_recorded_at = ?, pension_age_recorded_by = ?, pension_age_on = ?",
                ts(e.recordedAt()),
                e.by().id(),
                day(e.pensionAgeOn()));
    }

    /** The adult's consent to keep the record of a false or malicious allegation (ADR 0084); a later one replaces. */
    @EventHandler
    void on(RetentionConsentRecordedEvent e) {
        adult(
                e.agencyCaseId(),
                e.adultRef(),
                e.recordedAt(),
                "retention_consent_at = ?, retention_consent_by = ?, retention_consent_basis = ?,"
                        + " consent_withdrawn_at = NULL, consent_withdrawn_by = NULL,"
                        + " consent_withdrawal_rationale = NULL",
                ts(e.recordedAt()),
                e.by().id(),
                e.basis());
    }

    /** The consent withdrawn: the record is due for erasure again (ADR 0084). */
    @EventHandler
    void on(RetentionConsentWithdrawnEvent e) {
        adult(
                e.agencyCaseId(),
                e.adultRef(),
                e.withdrawnAt(),
                "retention_consent_at = NULL, retention_consent_by = NULL, retention_consent_basis = NULL,"
                        + " consent_withdrawn_at = ?, consent_withdrawn_by = ?, consent_withdrawal_rationale = ?",
                ts(e.withdrawnAt()),
                e.by().id(),
                e.rationale());
    }

    private void adult(String agencyCaseId, String adultRef, Instant at, String set, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = agencyCaseId;
        arguments[values.length + 1] = adultRef;
        jdbc.update("UPDATE agency_lado_adult SET " + set + " WHERE agency_case_id = ? AND adult_ref = ?", arguments);
        jdbc.update(
                "UPDATE agency_case SET updated_at = GREATEST(updated_at, ?) WHERE agency_case_id = ?",
                ts(at),
                agencyCaseId);
    }

    private static LocalDate day(String sealedDay) {
        return sealedDay == null || SealedText.ERASED.equals(sealedDay) ? null : LocalDate.parse(sealedDay);
    }

    /** The LADO's acknowledgement clock ran out (ADR 0065). */
    @EventHandler
    void on(LadoAcknowledgementOverdueEvent e) {
        lado(e.agencyCaseId(), e.flaggedAt(), "acknowledgement_overdue = TRUE");
    }

    private void lado(String agencyCaseId, Instant at, String set, Object... values) {
        Object[] arguments = new Object[values.length + 1];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = agencyCaseId;
        jdbc.update("UPDATE agency_lado_referral SET " + set + " WHERE agency_case_id = ?", arguments);
        jdbc.update(
                "UPDATE agency_case SET updated_at = GREATEST(updated_at, ?) WHERE agency_case_id = ?",
                ts(at),
                agencyCaseId);
    }

    private void update(String agencyCaseId, String set, Instant at, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = ts(at);
        arguments[values.length + 1] = agencyCaseId;
        jdbc.update("UPDATE agency_case SET " + set + ", updated_at = ? WHERE agency_case_id = ?", arguments);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
