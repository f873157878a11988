package org.casebridge.police.escalation.query;

import static org.casebridge.police.shared.ReadModels.instant;
import static org.casebridge.police.shared.ReadModels.list;
import static org.casebridge.police.shared.ReadModels.nullableBoolean;
import static org.casebridge.police.shared.ReadModels.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.escalation.query.EscalationViews.AmendmentView;
import org.casebridge.police.escalation.query.EscalationViews.AssessmentView;
import org.casebridge.police.escalation.query.EscalationViews.ChildView;
import org.casebridge.police.escalation.query.EscalationViews.CrimeView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationSummaryView;
import org.casebridge.police.escalation.query.EscalationViews.LegalHoldActionView;
import org.casebridge.police.escalation.query.EscalationViews.LegalHoldView;
import org.casebridge.police.escalation.query.EscalationViews.MeetingClockView;
import org.casebridge.police.escalation.query.EscalationViews.OutcomeView;
import org.casebridge.police.escalation.query.EscalationViews.ReviewView;
import org.casebridge.police.escalation.query.EscalationViews.RoundView;
import org.casebridge.police.escalation.query.EscalationViews.SchoolClosureView;
import org.casebridge.police.escalation.query.EscalationViews.SignOffItemView;
import org.casebridge.police.escalation.query.EscalationViews.VictimCrimeView;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.ForceAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads of the escalation read model, always within what the caller may read: their own force's cases, or every
 * force's for an auditor; any other case is not found.
 */
@Component
public class EscalationQueries {

    /**
     * What an inbox row shows, and no more: an inbox screen that refreshes reads its rows many times a minute, and
     * the detail's lists (transfers, disclosures, findings) would be read from storage and sent for nothing (ADR 0100).
     */
    private static final String SUMMARY_COLUMNS = """
            e.case_id, e.case_reference, e.force_code, e.status, e.school_urn, e.criteria_met,
            jsonb_array_length(e.children) AS children_count, e.referred_at, e.strategy_meeting_due_by,
            e.strategy_meeting_required, e.strategy_meeting_held, e.strategy_meeting_overdue, e.accepted_by,
            e.outcome_status, e.outcome, e.round, e.criteria_newly_met, e.school_closed_at""";

    private static final String OVERDUE = """
            (e.strategy_meeting_overdue
             OR (e.strategy_meeting_due_by < :now AND e.strategy_meeting_required IS DISTINCT FROM false
                 AND NOT e.strategy_meeting_held AND e.status <> 'DECLINED')
             OR EXISTS (SELECT 1 FROM police_strategy_action a WHERE a.case_id = e.case_id
                        AND a.completed_at IS NULL AND (a.flagged_overdue OR a.due_by < :now)))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final PlaceNames schools;
    private final ForceDirectory forces;

    EscalationQueries(NamedParameterJdbcTemplate jdbc, Clock clock, PlaceNames schools, ForceDirectory forces) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.schools = schools;
        this.forces = forces;
    }

    /**
     * The force of a case the actor may read: its force's officers, supervisors and auditors, and the platform's
     * auditors.
     *
     * @throws NotFoundException for anyone else, exactly as for a case that does not exist
     */
    public String readableForce(String caseId, Actor actor) {
        String force = forceOf(caseId);
        if (force == null || !ForceAccess.mayRead(actor.actedBy(), force, forces)) {
            throw new NotFoundException("escalation", caseId);
        }
        return force;
    }

    /** Whether the case exists and the actor may read it, as {@link #readableForce} decides. */
    public boolean mayRead(String caseId, Actor actor) {
        String force = forceOf(caseId);
        return force != null && ForceAccess.mayRead(actor.actedBy(), force, forces);
    }

    /** Whether the actor's lists and searches cover every force's cases: the platform's auditors only. */
    public boolean readsEveryForce(Actor actor) {
        return ForceAccess.readsEveryForce(actor.actedBy(), forces);
    }

    /**
     * The force of a case the actor may act on.
     *
     * @throws org.casebridge.police.shared.PoliceRoleRequiredException (403) for a role that never acts, before the
     *                                                                   case is looked up
     * @throws NotFoundException for a case of another force, exactly as for a case that does not exist
     */
    public String actingForce(String caseId, Actor actor) {
        ForceAccess.requirePoliceRole(actor.actedBy());
        String force = forceOf(caseId);
        if (force == null || !force.equals(actor.organisation())) {
            throw new NotFoundException("escalation", caseId);
        }
        return force;
    }

    private String forceOf(String caseId) {
        List<String> forces = jdbc.queryForList(
                "SELECT force_code FROM police_escalation WHERE case_id = :caseId",
                Map.of("caseId", caseId),
                String.class);
        return forces.isEmpty() ? null : forces.getFirst();
    }

    /** The inbox: the actor's force's escalations, or every force's for an auditor. */
    public List<EscalationSummaryView> inbox(Actor actor, InboxFilter filter, InboxSort sort) {
        return inbox(actor, filter, sort, OptionalInt.empty());
    }

    /** The inbox in the chosen order, only its first {@code limit} rows when one is given. */
    public List<EscalationSummaryView> inbox(Actor actor, InboxFilter filter, InboxSort sort, OptionalInt limit) {
        ForceAccess.requireListReader(actor.actedBy());
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("force", actor.organisation())
                .addValue("actorId", actor.id())
                .addValue("now", timestamp(now));
        return jdbc.query(
                inboxQuery(readsEveryForce(actor), filter, sort, limit), params, (rs, row) -> summary(rs, now));
    }

    /** The inbox's SQL, with parameters {@code force}, {@code actorId} and {@code now}. */
    static String inboxQuery(boolean everyForce, InboxFilter filter, InboxSort sort, OptionalInt limit) {
        String where = switch (filter) {
            case ACTIVE -> "e.status <> 'DECLINED'";
            case NEW -> "e.status = 'NEW'";
            case ACCEPTED -> "e.status = 'ACCEPTED'";
            case MINE -> "e.status = 'ACCEPTED' AND e.accepted_by = :actorId";
            case OVERDUE -> "e.status <> 'DECLINED' AND " + OVERDUE;
            case DECLINED -> "e.status = 'DECLINED'";
        };
        return "SELECT " + SUMMARY_COLUMNS + ", " + OVERDUE + " AS overdue FROM police_escalation e WHERE "
                + forceScope(everyForce) + " AND " + where + " ORDER BY " + sort.orderBy() + ", e.case_id"
                + (limit.isPresent() ? " LIMIT " + limit.getAsInt() : "");
    }

    public EscalationDetailView detail(String caseId, Actor actor) {
        readableForce(caseId, actor);
        return detailAt(caseId, clock.instant());
    }

    /** The escalation with its clocks judged at {@code now}; the caller has checked who may read it. */
    EscalationDetailView detailAt(String caseId, Instant now) {
        return jdbc.queryForObject(
                "SELECT e.*, " + OVERDUE + " AS overdue FROM police_escalation e WHERE e.case_id = :caseId",
                new MapSqlParameterSource().addValue("caseId", caseId).addValue("now", timestamp(now)),
                (rs, row) -> detail(rs, now));
    }

    /** Outcomes waiting for sign-off, oldest first: of the actor's force, or of every force for an auditor. */
    public List<SignOffItemView> signOffQueue(Actor actor) {
        ForceAccess.requireListReader(actor.actedBy());
        return jdbc.query(
                "SELECT * FROM police_escalation e WHERE " + forceScope(actor)
                        + " AND e.outcome_status = 'PROPOSED' ORDER BY e.proposed_at, e.case_id",
                Map.of("force", actor.organisation()),
                (rs, row) -> {
                    OutcomeCode outcome = OutcomeCode.valueOf(rs.getString("outcome"));
                    String proposedBy = rs.getString("proposed_by");
                    return new SignOffItemView(
                            rs.getString("case_id"),
                            rs.getString("case_reference"),
                            rs.getString("force_code"),
                            outcome.name(),
                            outcome.homeOfficeCode().orElse(null),
                            rs.getString("outcome_rationale"),
                            rs.getString("diversionary_activity"),
                            proposedBy,
                            instant(rs, "proposed_at"),
                            list(rs.getString("aggravating_factors"), FactorFinding.class).stream()
                                    .map(f -> f.factor().name())
                                    .toList(),
                            rs.getString("police_path"),
                            actor.role() == Actor.Role.POLICE_SUPERVISOR
                                    && rs.getString("force_code").equals(actor.organisation())
                                    && !actor.id().equals(proposedBy));
                });
    }

    /**
     * The rows of police_escalation e the actor's lists show: the platform's auditors every force's, a force's police
     * and auditors their own.
     */
    private String forceScope(Actor actor) {
        return forceScope(readsEveryForce(actor));
    }

    private static String forceScope(boolean everyForce) {
        return everyForce ? "TRUE" : "e.force_code = :force";
    }

    private EscalationSummaryView summary(ResultSet rs, Instant now) throws SQLException {
        return new EscalationSummaryView(
                rs.getString("case_id"),
                rs.getString("case_reference"),
                rs.getString("force_code"),
                rs.getString("status"),
                rs.getString("school_urn"),
                schools.school(rs.getString("school_urn")),
                list(rs.getString("criteria_met"), String.class),
                rs.getInt("children_count"),
                instant(rs, "referred_at"),
                ageHours(rs, now),
                clock(rs, now),
                rs.getBoolean("overdue"),
                rs.getString("accepted_by"),
                rs.getString("outcome_status"),
                rs.getString("outcome"),
                rs.getInt("round"),
                list(rs.getString("criteria_newly_met"), String.class),
                instant(rs, "school_closed_at"));
    }

    private EscalationDetailView detail(ResultSet rs, Instant now) throws SQLException {
        Map<String, String> roles = list(rs.getString("child_roles"), ChildRoleAssignment.class).stream()
                .collect(Collectors.toMap(
                        ChildRoleAssignment::childRef, r -> r.role().name()));
        List<ChildView> children = list(rs.getString("children"), ReferredChild.class).stream()
                .map(c -> new ChildView(c.ref(), c.age(), c.yearGroup(), c.roles(), roles.get(c.ref())))
                .toList();
        String classification = rs.getString("classification");
        CrimeView crime = classification == null
                ? null
                : new CrimeView(
                        classification,
                        HocrClassification.fromCode(classification)
                                .map(HocrClassification::legislation)
                                .orElse(null),
                        rs.getString("crime_reference"),
                        instant(rs, "crime_recorded_at"),
                        rs.getString("crime_recorded_by"));
        String path = rs.getString("police_path");
        AssessmentView assessment = path == null
                ? null
                : new AssessmentView(
                        list(rs.getString("aggravating_factors"), FactorFinding.class),
                        path,
                        rs.getBoolean("strategy_meeting_required"),
                        rs.getString("assessed_by"),
                        instant(rs, "assessed_at"),
                        rs.getString("no_factors_reason"));
        String outcomeStatus = rs.getString("outcome_status");
        OutcomeView outcome = outcomeStatus == null
                ? null
                : new OutcomeView(
                        outcomeStatus,
                        rs.getString("outcome"),
                        OutcomeCode.valueOf(rs.getString("outcome"))
                                .homeOfficeCode()
                                .orElse(null),
                        rs.getString("outcome_rationale"),
                        rs.getString("diversionary_activity"),
                        rs.getString("proposed_by"),
                        instant(rs, "proposed_at"),
                        rs.getString("sent_back_reason"),
                        rs.getString("sent_back_by"),
                        instant(rs, "sent_back_at"),
                        rs.getString("signed_off_by"),
                        instant(rs, "outcome_assigned_at"));
        return new EscalationDetailView(
                rs.getString("case_id"),
                rs.getString("case_reference"),
                rs.getString("force_code"),
                rs.getString("status"),
                rs.getString("school_urn"),
                schools.school(rs.getString("school_urn")),
                rs.getString("local_authority_code"),
                list(rs.getString("criteria_met"), String.class),
                children,
                instant(rs, "referred_at"),
                instant(rs, "received_at"),
                ageHours(rs, now),
                clock(rs, now),
                rs.getBoolean("overdue"),
                rs.getString("accepted_by"),
                rs.getString("accepted_by_role"),
                instant(rs, "accepted_at"),
                rs.getString("declined_reason"),
                rs.getString("declined_by"),
                instant(rs, "declined_at"),
                list(rs.getString("transfers"), TransferView.class),
                crime,
                assessment,
                outcome,
                list(rs.getString("disclosures"), DisclosureView.class),
                new RoundView(
                        rs.getInt("round"),
                        list(rs.getString("criteria_newly_met"), String.class),
                        instant(rs, "round_opened_at"),
                        rs.getString("previous_outcome")),
                list(rs.getString("amendments"), AmendmentView.class),
                list(rs.getString("victim_crimes"), VictimCrimeView.class),
                instant(rs, "school_closed_at") == null
                        ? null
                        : new SchoolClosureView(
                                instant(rs, "school_closed_at"), rs.getBoolean("school_closed_without_police_outcome")),
                rs.getObject("review_due_on") == null
                        ? null
                        : new ReviewView(rs.getInt("mopi_group"), rs.getObject("review_due_on", LocalDate.class)),
                instant(rs, "legal_hold_since") == null
                        ? null
                        : new LegalHoldView(
                                instant(rs, "legal_hold_since"),
                                rs.getString("legal_hold_by"),
                                rs.getString("legal_hold_reason")),
                list(rs.getString("legal_holds"), LegalHoldActionView.class));
    }

    private static long ageHours(ResultSet rs, Instant now) throws SQLException {
        return Duration.between(instant(rs, "referred_at"), now).toHours();
    }

    private static MeetingClockView clock(ResultSet rs, Instant now) throws SQLException {
        Instant dueBy = instant(rs, "strategy_meeting_due_by");
        Boolean required = nullableBoolean(rs, "strategy_meeting_required");
        boolean held = rs.getBoolean("strategy_meeting_held");
        String state;
        if (held) {
            state = "MET";
        } else if (Boolean.FALSE.equals(required)) {
            state = "NOT_REQUIRED";
        } else if (rs.getBoolean("strategy_meeting_overdue") || dueBy.isBefore(now)) {
            state = "OVERDUE";
        } else {
            state = "RUNNING";
        }
        return new MeetingClockView(dueBy, required, held, state);
    }
}
