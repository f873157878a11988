package org.casebridge.cases.incident.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the tables {@link CaseViewProjection} keeps, each within the reader's {@link CaseScope}: a case outside it
 * is answered exactly as one that does not exist. A plain bean the controllers call, as every service reads (ADR
 * 0026).
 */
@Component
public class CaseViewQueries {

    /** Open, with no initial review, and flagged by the clock or past due (the deadline may still be on its way). */
    private static final String IS_OVERDUE =
            "(status <> 'CLOSED' AND initial_review_at IS NULL AND (overdue OR initial_review_due_at < :now))";

    /** An adult in a position of trust waits for the LADO referral past its due time, flagged or not yet flagged. */
    private static final String IS_LADO_OVERDUE =
            "(lado_referral_due_at IS NOT NULL AND (lado_referral_overdue" + " OR lado_referral_due_at < :now))";

    private static final String IS_AWAITING_POLICE = "(status <> 'CLOSED' AND awaiting_police)";
    private static final String SUMMARY_COLUMNS = "case_id, reference, status, reported_at, initial_review_due_at, "
            + IS_OVERDUE + " AS is_overdue, " + IS_AWAITING_POLICE + " AS is_awaiting_police, referred_to, "
            + "criteria_met, (SELECT count(*) FROM case_child c WHERE c.case_id = s.case_id) AS children, closed_at, "
            + "last_event_at, " + IS_LADO_OVERDUE + " AS is_lado_overdue";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final PlaceNames places;

    public CaseViewQueries(JdbcTemplate jdbc, Clock clock, PlaceNames places) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.places = places;
    }

    /** The cases within the reader's scope, newest first: a school's own, every school's for an auditor, else none. */
    public List<CaseSummaryView> cases(CaseScope scope, CaseFilter filter) {
        String condition = switch (filter) {
            case ALL -> "TRUE";
            case OPEN -> "status <> 'CLOSED'";
            case AWAITING_POLICE -> IS_AWAITING_POLICE;
            case OVERDUE -> IS_OVERDUE;
            case CLOSED -> "status = 'CLOSED'";
            case LADO_REFERRAL_OVERDUE -> IS_LADO_OVERDUE;
            case TRANSFER_OVERDUE ->
                "EXISTS (SELECT 1 FROM case_transfer t WHERE t.case_id = s.case_id AND t.overdue"
                        + " AND t.received_at IS NULL)";
        };
        MapSqlParameterSource parameters = parameters();
        return named.query(
                "SELECT " + SUMMARY_COLUMNS + " FROM case_summary s WHERE " + within(scope, parameters) + " AND "
                        + condition + " ORDER BY reported_at DESC",
                parameters,
                (rs, row) -> summary(rs));
    }

    /** One case within the reader's scope; a case outside it is "not found", as one that does not exist. */
    public CaseDetailView detail(UUID caseId, CaseScope scope) {
        return find(caseId, scope).orElseThrow(() -> new NotFoundException("case", caseId.toString()));
    }

    /** One case, if it is within the reader's scope. */
    public Optional<CaseDetailView> find(UUID caseId, CaseScope scope) {
        return find(caseId, scope, clock.instant());
    }

    /**
     * The last day the case's personal details are kept (ADR 0053), while its key exists; null once erased. Today's
     * date in a view as at an earlier instant too: the schedule is reference data, not a fact of the case's history.
     */
    private LocalDate keptUntil(UUID caseId) {
        return named
                .queryForList(
                        "SELECT retain_until FROM case_key WHERE case_id = :case AND key_material IS NOT NULL",
                        new MapSqlParameterSource("case", caseId),
                        LocalDate.class)
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** One case, if it is within the reader's scope, with its deadlines judged at {@code now} (a historical view). */
    Optional<CaseDetailView> find(UUID caseId, CaseScope scope, Instant now) {
        MapSqlParameterSource parameters = parameters(now).addValue("case", caseId);
        return named
                .query(
                        "SELECT " + SUMMARY_COLUMNS + """
                        , initial_review_at, how_came_to_light, came_to_light_at, imagery, platforms, spread,
                        may_have_reached_internet, on_school_device_or_network, local_authority_code, force_code,
                        police_outcome, personal_details_erased, school_urn, police_round, police_round_answer,
                        legal_hold, disclosure_statement_given_at, lado_referral_due_at, lado_referred_at,
                        lado_not_routed_at, lado_not_routed_area, police_legal_hold_force, police_legal_hold_since,
                        police_legal_hold_lifted_by, police_legal_hold_lifted_at
                        FROM case_summary s WHERE case_id = :case""" + " AND " + within(scope, parameters),
                        parameters,
                        (rs, row) -> new CaseDetailView(
                                rs.getString("reference"),
                                summary(rs),
                                rs.getString("school_urn"),
                                rs.getString("how_came_to_light"),
                                instant(rs, "came_to_light_at"),
                                split(rs, "imagery"),
                                split(rs, "platforms"),
                                rs.getString("spread"),
                                rs.getBoolean("may_have_reached_internet"),
                                rs.getBoolean("on_school_device_or_network"),
                                instant(rs, "initial_review_at"),
                                rs.getString("local_authority_code"),
                                rs.getString("force_code"),
                                outcome(rs).code(),
                                outcome(rs).words(),
                                rs.getBoolean("personal_details_erased"),
                                children(caseId),
                                devices(caseId),
                                policeDecisions(caseId),
                                (Integer) rs.getObject("police_round"),
                                rs.getString("police_round_answer"),
                                rs.getBoolean("legal_hold"),
                                instant(rs, "disclosure_statement_given_at"),
                                transfers(caseId),
                                null,
                                new CaseDetailView.Lado(
                                        adults(caseId),
                                        instant(rs, "lado_referral_due_at"),
                                        rs.getBoolean("is_lado_overdue"),
                                        instant(rs, "lado_referred_at"),
                                        ladoSteps(caseId),
                                        instant(rs, "lado_not_routed_at"),
                                        rs.getString("lado_not_routed_area")),
                                policeLegalHold(rs)))
                .stream()
                .findFirst()
                .map(view -> view.keptUntil(keptUntil(caseId)));
    }

    /** The force's legal hold on its escalation of the case (ADR 0089); null when it never placed one. */
    private CaseDetailView.PoliceLegalHold policeLegalHold(ResultSet rs) throws SQLException {
        String force = rs.getString("police_legal_hold_force");
        Instant since = instant(rs, "police_legal_hold_since");
        if (force == null || since == null) {
            return null;
        }
        String liftedBy = rs.getString("police_legal_hold_lifted_by");
        Instant liftedAt = instant(rs, "police_legal_hold_lifted_at");
        return new CaseDetailView.PoliceLegalHold(
                force,
                places.force(force),
                since,
                liftedAt == null,
                liftedBy,
                liftedBy == null ? null : places.force(liftedBy),
                liftedAt);
    }

    /** The reference people know a case by (ADR 0048), if the case is within the reader's scope. */
    public Optional<String> reference(UUID caseId, CaseScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("case", caseId);
        return named
                .queryForList(
                        "SELECT reference FROM case_summary WHERE case_id = :case AND " + within(scope, parameters),
                        parameters,
                        String.class)
                .stream()
                .findFirst();
    }

    /** Every event of a case in order; "not found" when the case is outside the reader's scope. */
    public CaseTimelineView timeline(UUID caseId, CaseScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("case", caseId);
        Integer known = named.queryForObject(
                "SELECT count(*) FROM case_summary WHERE case_id = :case AND " + within(scope, parameters),
                parameters,
                Integer.class);
        if (known == null || known == 0) {
            throw new NotFoundException("case", caseId.toString());
        }
        return new CaseTimelineView(caseId.toString(), timeline(caseId, "TRUE"));
    }

    private List<TimelineEntryView> policeDecisions(UUID caseId) {
        return timeline(caseId, "actor_role = 'POLICE'");
    }

    private List<TimelineEntryView> timeline(UUID caseId, String condition) {
        return jdbc.query(
                "SELECT sequence, event_type, actor_id, actor_role, actor_org, occurred_at, what, why"
                        + " FROM case_timeline WHERE case_id = ? AND " + condition + " ORDER BY sequence",
                (rs, row) -> new TimelineEntryView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, "occurred_at"),
                        rs.getString(7),
                        rs.getString(8)),
                caseId);
    }

    private List<CaseDetailView.Child> children(UUID caseId) {
        return jdbc.query(
                """
                        SELECT child_ref, age, year_group, roles, flags, parents FROM case_child
                        WHERE case_id = ? ORDER BY length(child_ref), child_ref""",
                (rs, row) -> new CaseDetailView.Child(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        split(rs, "roles"),
                        split(rs, "flags"),
                        rs.getString(6)),
                caseId);
    }

    private List<CaseDetailView.Adult> adults(UUID caseId) {
        return jdbc.query(
                """
                        SELECT adult_ref, role, employer, recorded_at, lado_referred_at FROM case_adult
                        WHERE case_id = ? ORDER BY length(adult_ref), adult_ref""",
                (rs, row) -> new CaseDetailView.Adult(
                        rs.getString("adult_ref"),
                        rs.getString("role"),
                        rs.getString("employer"),
                        instant(rs, "recorded_at"),
                        instant(rs, "lado_referred_at")),
                caseId);
    }

    private List<CaseDetailView.LadoSteps> ladoSteps(UUID caseId) {
        return jdbc.query(
                """
                        SELECT agency_id, received_at, acknowledged_at, acknowledgement_overdue, meeting_held_on,
                               meeting_attendees, outcome, outcome_recorded_at
                        FROM case_lado_referral WHERE case_id = ? ORDER BY agency_id""",
                (rs, row) -> new CaseDetailView.LadoSteps(
                        rs.getString("agency_id"),
                        instant(rs, "received_at"),
                        instant(rs, "acknowledged_at"),
                        rs.getBoolean("acknowledgement_overdue"),
                        rs.getObject("meeting_held_on", LocalDate.class),
                        split(rs, "meeting_attendees"),
                        rs.getString("outcome"),
                        instant(rs, "outcome_recorded_at")),
                caseId);
    }

    /** The children's records this case sent to other schools, oldest first. */
    private List<CaseDetailView.Transfer> transfers(UUID caseId) {
        return jdbc.query("""
                        SELECT transfer_id, child_ref, to_school_urn, started_at, child_started_on, due_at, overdue,
                               received_at, received_by, reason
                        FROM case_transfer WHERE case_id = ? ORDER BY started_at, transfer_id""", (rs, row) -> transfer(rs), caseId);
    }

    /** The records the reader's school sent to other schools, newest first, with the case they came from. */
    public List<OutgoingTransfer> outgoingTransfers(CaseScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        return named.query(
                """
                        SELECT t.transfer_id, t.child_ref, t.to_school_urn, t.started_at, t.child_started_on, t.due_at,
                               t.overdue, t.received_at, t.received_by, t.reason, s.case_id, s.reference
                        FROM case_transfer t JOIN case_summary s ON s.case_id = t.case_id""" + " WHERE " + within(scope, parameters) + " ORDER BY t.started_at DESC, t.transfer_id",
                parameters,
                (rs, row) -> new OutgoingTransfer(rs.getString("case_id"), rs.getString("reference"), transfer(rs)));
    }

    /** A transfer this school sent, with the case it belongs to. */
    public record OutgoingTransfer(String caseId, String caseReference, CaseDetailView.Transfer transfer) {}

    private static CaseDetailView.Transfer transfer(ResultSet rs) throws SQLException {
        return new CaseDetailView.Transfer(
                rs.getString("transfer_id"),
                rs.getString("child_ref"),
                rs.getString("to_school_urn"),
                instant(rs, "started_at"),
                rs.getObject("child_started_on", LocalDate.class),
                instant(rs, "due_at"),
                rs.getBoolean("overdue"),
                instant(rs, "received_at"),
                rs.getString("received_by"),
                rs.getString("reason"));
    }

    private List<CaseDetailView.Device> devices(UUID caseId) {
        return jdbc.query(
                """
                        SELECT device_ref, description, owner_child_ref, custody, exhibit_ref FROM case_device
                        WHERE case_id = ? ORDER BY length(device_ref), device_ref""",
                (rs, row) -> new CaseDetailView.Device(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                caseId);
    }

    /** The SQL condition on {@code school_urn} that keeps a query within the scope, binding what it needs. */
    private static String within(CaseScope scope, MapSqlParameterSource parameters) {
        return switch (scope) {
            case CaseScope.OneSchool school -> {
                parameters.addValue("scopeSchool", school.schoolUrn());
                yield "school_urn = :scopeSchool";
            }
            case CaseScope.NoCases none -> "FALSE";
        };
    }

    private MapSqlParameterSource parameters() {
        return parameters(clock.instant());
    }

    private static MapSqlParameterSource parameters(Instant now) {
        return new MapSqlParameterSource("now", Timestamp.from(now));
    }

    private static CaseSummaryView summary(ResultSet rs) throws SQLException {
        return new CaseSummaryView(
                rs.getString("case_id"),
                rs.getString("reference"),
                rs.getString("status"),
                instant(rs, "reported_at"),
                instant(rs, "initial_review_due_at"),
                rs.getBoolean("is_overdue"),
                rs.getBoolean("is_awaiting_police"),
                split(rs, "referred_to"),
                split(rs, "criteria_met"),
                rs.getInt("children"),
                instant(rs, "closed_at"),
                instant(rs, "last_event_at"),
                rs.getBoolean("is_lado_overdue"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> split(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    /** The police outcome of a row: its line as stored, read as code and words ({@link PoliceOutcome}). */
    private static PoliceOutcome outcome(ResultSet rs) throws SQLException {
        PoliceOutcome outcome = PoliceOutcome.of(rs.getString("police_outcome"));
        return outcome == null ? new PoliceOutcome(null, null) : outcome;
    }
}
