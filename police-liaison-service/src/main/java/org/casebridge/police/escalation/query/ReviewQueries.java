package org.casebridge.police.escalation.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.query.EscalationViews.DueReviewView;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.casebridge.police.shared.ReviewReaderRequiredException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A force's MoPI reviews that are due, overdue or coming up (ADR 0083), for its supervisors and auditors: the force is
 * the caller's organisation, as the force directory knows it, never a parameter; a caller of no force has none. An
 * escalation whose personal data was erased on its review is reviewed and leaves the list; one under a legal hold
 * stays on it, marked held (ADR 0081), since its review only waits.
 */
@Component
public class ReviewQueries {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ForceDirectory forces;
    private final MopiReviewSchedule schedule;

    public ReviewQueries(
            NamedParameterJdbcTemplate jdbc, Clock clock, ForceDirectory forces, MopiReviewSchedule schedule) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.forces = forces;
        this.schedule = schedule;
    }

    /** Today in UK time, the day review dates are judged against. */
    public LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }

    /** The force whose reviews the actor reads: their organisation when it is a force; none otherwise. */
    public Optional<Force> forceOf(Actor actor) {
        requireReviewReader(actor);
        return forces.find(actor.organisation());
    }

    /** @throws ReviewReaderRequiredException (403) for anyone but a supervisor or an auditor */
    public static void requireReviewReader(Actor actor) {
        if (actor.role() != Actor.Role.POLICE_SUPERVISOR && actor.role() != Actor.Role.AUDITOR) {
            throw new ReviewReaderRequiredException(actor.role().name());
        }
    }

    /**
     * The reviews of the actor's force in {@code filter}, in {@code sort} order, the first {@code limit} when given.
     *
     * @param within how far ahead {@link ReviewFilter#UPCOMING} looks; ignored by the others
     */
    public List<DueReviewView> reviews(
            Actor actor, ReviewFilter filter, Period within, ReviewSort sort, OptionalInt limit) {
        Optional<Force> force = forceOf(actor);
        if (force.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        String when = switch (filter) {
            case DUE -> "e.review_on <= :today";
            case OVERDUE -> "e.review_on < :today";
            case UPCOMING -> "e.review_on > :today AND e.review_on <= :until";
        };
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("force", force.get().code())
                .addValue("today", today)
                .addValue("until", today.plus(within));
        return jdbc.query(
                """
                SELECT e.case_id, e.case_reference, e.force_code, e.review_on, e.review_group, e.review_basis,
                    e.classification, e.review_due_on IS NOT NULL AS marked_due, e.legal_hold_since
                FROM police_escalation e
                WHERE e.force_code = :force AND e.review_on IS NOT NULL AND e.personal_details_erased_at IS NULL
                """ + " AND " + when + " ORDER BY " + sort.orderBy() + ", e.case_id"
                        + (limit.isPresent() ? " LIMIT " + limit.getAsInt() : ""),
                params,
                (rs, row) -> {
                    LocalDate on = rs.getObject("review_on", LocalDate.class);
                    String basis = rs.getString("review_basis");
                    int group = rs.getInt("review_group");
                    long late = ChronoUnit.DAYS.between(on, today);
                    return new DueReviewView(
                            rs.getString("case_id"),
                            rs.getString("case_reference"),
                            rs.getString("force_code"),
                            group,
                            groupName(basis, group),
                            basis,
                            rs.getString("classification"),
                            on,
                            late > 0 ? "OVERDUE" : late == 0 ? "DUE" : "UPCOMING",
                            Math.max(late, 0),
                            rs.getBoolean("marked_due"),
                            heldSince(rs.getObject("legal_hold_since", OffsetDateTime.class)));
                });
    }

    private static Instant heldSince(OffsetDateTime since) {
        return since == null ? null : since.toInstant();
    }

    /** The schedule's name for the review's row; the group's number where the row is not known. */
    private String groupName(String basis, int group) {
        if (MopiReviewSchedule.NO_CRIME.equals(basis)) {
            return schedule.noCrime().groupName();
        }
        if (MopiReviewSchedule.TRANSFERRED.equals(basis)) {
            return schedule.transferred().groupName();
        }
        return Optional.ofNullable(basis)
                .flatMap(schedule::ofCode)
                .map(MopiReviewSchedule.Review::groupName)
                .orElse("MoPI group " + group);
    }
}
