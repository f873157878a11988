package org.casebridge.cases.agency.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what other agencies did in a case. The caller has already checked the reader may see the case (the case
 * query, within its scope): these tables hold nothing but codes and refs.
 */
@Component
public class AgencyActsQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PlaceNames places;

    public AgencyActsQueries(JdbcTemplate jdbc, Clock clock, PlaceNames places) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.places = places;
    }

    public AgencyActsView of(UUID caseId) {
        Instant now = clock.instant();
        List<AgencyActsView.SocialCare> socialCare = jdbc.query(
                "SELECT * FROM case_agency_referral WHERE case_id = ? ORDER BY referred_at, agency_id",
                (rs, row) -> {
                    Instant due = instant(rs, "acknowledge_by");
                    Instant acknowledged = instant(rs, "acknowledged_at");
                    boolean overdue = rs.getBoolean("acknowledgement_overdue")
                            || (due != null && (acknowledged == null ? due.isBefore(now) : acknowledged.isAfter(due)));
                    return new AgencyActsView.SocialCare(
                            rs.getString("agency_id"),
                            rs.getBoolean("routed"),
                            rs.getString("local_authority_code"),
                            instant(rs, "referred_at"),
                            due,
                            acknowledged,
                            overdue,
                            instant(rs, "section47_started_at"),
                            rs.getString("section47_outcome"));
                },
                caseId);
        List<AgencyActsView.SchoolAction> actions = jdbc.query(
                "SELECT * FROM school_strategy_action WHERE case_id = ? ORDER BY due_by, action_id",
                (rs, row) -> {
                    Instant due = instant(rs, "due_by");
                    Instant done = instant(rs, "done_at");
                    Instant completed = instant(rs, "completed_at");
                    return new AgencyActsView.SchoolAction(
                            rs.getString("meeting_id"),
                            rs.getString("action_id"),
                            rs.getString("force_code"),
                            rs.getString("action_type"),
                            StrategyActionType.ofCode(rs.getString("action_type"))
                                    .title(),
                            rs.getString("owner_type"),
                            rs.getString("owner_organisation"),
                            due,
                            done,
                            completed,
                            done == null && completed == null && due != null && due.isBefore(now));
                },
                caseId);
        List<AgencyActsView.Line> timeline = jdbc.query(
                """
                SELECT e.occurred_at, e.agency_id, e.summary, r.local_authority_code
                FROM case_agency_event e
                LEFT JOIN case_agency_referral r ON r.case_id = e.case_id AND r.agency_id = e.agency_id
                WHERE e.case_id = ? ORDER BY e.occurred_at, e.event_id""",
                (rs, row) -> new AgencyActsView.Line(
                        instant(rs, "occurred_at"),
                        rs.getString("agency_id"),
                        named(
                                rs.getString("summary"),
                                rs.getString("agency_id"),
                                rs.getString("local_authority_code"))),
                caseId);
        boolean overdue = socialCare.stream().anyMatch(AgencyActsView.SocialCare::overdue);
        return new AgencyActsView(caseId.toString(), overdue, socialCare, actions, timeline);
    }

    /**
     * A line stored before the timeline named agencies in words (it named the agency by its id): the id replaced by
     * the agency's kind and area.
     */
    private String named(String summary, String agencyId, String localAuthorityCode) {
        if (agencyId == null || agencyId.isEmpty() || localAuthorityCode == null || !summary.contains(agencyId)) {
            return summary;
        }
        return summary.replace(agencyId, "children's social care in " + places.area(localAuthorityCode));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
