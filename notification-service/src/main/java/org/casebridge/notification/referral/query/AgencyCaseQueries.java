package org.casebridge.notification.referral.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.AllegationRetention;
import org.casebridge.notification.words.NotificationWords;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the agency's cases table. */
@Component
public class AgencyCaseQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final PlaceNames places;
    private final AllegationRetention.Periods retention;

    public AgencyCaseQueries(JdbcTemplate jdbc, PlaceNames places, AllegationRetention.Periods retention) {
        this.jdbc = jdbc;
        this.places = places;
        this.retention = retention;
    }

    /** The agency's cases, or every agency's when {@code agencyId} is null (an auditor), newest change first. */
    public List<AgencyCaseView> list(String agencyId) {
        return jdbc
                .query(
                        "SELECT * FROM agency_case WHERE (CAST(? AS VARCHAR) IS NULL OR agency_id = ?)"
                                + " ORDER BY updated_at DESC LIMIT 500",
                        (rs, row) -> view(rs),
                        agencyId,
                        agencyId)
                .stream()
                .map(this::withActions)
                .toList();
    }

    public Optional<AgencyCaseView> find(String agencyCaseId) {
        return jdbc
                .query("SELECT * FROM agency_case WHERE agency_case_id = ?", (rs, row) -> view(rs), agencyCaseId)
                .stream()
                .findFirst()
                .map(this::withActions);
    }

    /** The agency of the directory that owns an action, if the police gave it to one. */
    public Optional<String> ownerOfAction(String caseId, String actionId) {
        return jdbc
                .queryForList(
                        "SELECT c.agency_id FROM agency_case_action a JOIN agency_case c USING (agency_case_id)"
                                + " WHERE c.case_id = ? AND a.action_id = ?",
                        String.class,
                        caseId,
                        actionId)
                .stream()
                .findFirst();
    }

    private AgencyCaseView withActions(AgencyCaseView view) {
        List<AgencyCaseView.Action> actions = jdbc.query(
                """
                SELECT a.* FROM agency_case_action a JOIN agency_case c USING (agency_case_id)
                WHERE c.case_id = ? AND c.agency_id = ? ORDER BY a.due_by, a.action_id""",
                (rs, row) -> new AgencyCaseView.Action(
                        rs.getString("meeting_id"),
                        rs.getString("action_id"),
                        rs.getString("action_type"),
                        NotificationWords.actionType(rs.getString("action_type")),
                        instant(rs, "due_by"),
                        instant(rs, "completed_by_agency_at"),
                        instant(rs, "completed_at")),
                view.caseId(),
                view.agencyId());
        return new AgencyCaseView(
                view.caseId(),
                view.agencyId(),
                view.schoolUrn(),
                view.localAuthorityCode(),
                view.referredAt(),
                view.acknowledgeBy(),
                view.acknowledgedAt(),
                view.overdue(),
                view.section47StartedAt(),
                view.section47Outcome(),
                view.section47OutcomeAt(),
                actions,
                view.schoolUrn() == null ? null : places.school(view.schoolUrn()),
                view.section47Outcome() == null ? null : NotificationWords.of(view.section47Outcome()),
                lado(view.agencyId(), view.caseId()));
    }

    private AgencyCaseView.Lado lado(String agencyId, String caseId) {
        String id = AgencyCaseId.of(agencyId, caseId);
        List<AgencyCaseView.Adult> adults = jdbc.query(
                "SELECT * FROM agency_lado_adult WHERE agency_case_id = ? ORDER BY length(adult_ref), adult_ref",
                (rs, row) -> new AgencyCaseView.Adult(
                        rs.getString("adult_ref"),
                        rs.getString("role"),
                        NotificationWords.of(rs.getString("role")),
                        rs.getString("employer"),
                        NotificationWords.of(rs.getString("employer")),
                        rs.getObject("pension_age_on", LocalDate.class),
                        instant(rs, "pension_age_recorded_at"),
                        rs.getString("pension_age_recorded_by"),
                        instant(rs, "retention_consent_at"),
                        rs.getString("retention_consent_by"),
                        rs.getString("retention_consent_basis"),
                        instant(rs, "consent_withdrawn_at"),
                        rs.getString("consent_withdrawn_by"),
                        rs.getString("consent_withdrawal_rationale")),
                id);
        List<AgencyCaseView.Attendee> attendees = jdbc.query(
                "SELECT role, organisation FROM agency_lado_attendee WHERE agency_case_id = ? ORDER BY position",
                (rs, row) -> new AgencyCaseView.Attendee(
                        rs.getString("role"), NotificationWords.of(rs.getString("role")), rs.getString("organisation")),
                id);
        return jdbc
                .query(
                        "SELECT * FROM agency_lado_referral WHERE agency_case_id = ?",
                        (rs, row) -> {
                            String outcome = rs.getString("outcome");
                            Instant outcomeAt = instant(rs, "outcome_recorded_at");
                            Instant erasedAt = instant(rs, "free_text_erased_at");
                            AllegationRetention.KeptUntil kept = outcome == null
                                            || outcomeAt == null
                                            || erasedAt != null
                                    ? null
                                    : AllegationRetention.keptUntil(
                                            retention,
                                            AllegationOutcome.valueOf(outcome),
                                            LocalDate.ofInstant(outcomeAt, UK),
                                            adults.stream()
                                                    .map(adult -> new AllegationRetention.Adult(
                                                            adult.ref(), adult.pensionAgeOn(), adult.consented()))
                                                    .toList());
                            return new AgencyCaseView.Lado(
                                    adults,
                                    rs.getInt("children"),
                                    instant(rs, "referred_at"),
                                    instant(rs, "referral_due_by"),
                                    rs.getBoolean("referral_late"),
                                    instant(rs, "acknowledge_by"),
                                    instant(rs, "acknowledged_at"),
                                    rs.getBoolean("acknowledgement_overdue") || rs.getBoolean("acknowledged_late"),
                                    rs.getObject("meeting_held_on", LocalDate.class),
                                    attendees,
                                    rs.getString("meeting_rationale"),
                                    outcome,
                                    outcome == null ? null : NotificationWords.of(outcome),
                                    rs.getString("outcome_rationale"),
                                    outcomeAt,
                                    kept == null ? null : kept.lastDay(),
                                    kept == null ? null : kept.why(),
                                    erasedAt);
                        },
                        id)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static AgencyCaseView view(ResultSet rs) throws SQLException {
        return new AgencyCaseView(
                rs.getString("case_id"),
                rs.getString("agency_id"),
                rs.getString("school_urn"),
                rs.getString("local_authority_code"),
                instant(rs, "referred_at"),
                instant(rs, "acknowledge_by"),
                instant(rs, "acknowledged_at"),
                rs.getBoolean("acknowledgement_overdue") || rs.getBoolean("acknowledged_late"),
                instant(rs, "section47_started_at"),
                rs.getString("section47_outcome"),
                instant(rs, "section47_outcome_at"),
                List.of(),
                null,
                null,
                null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
