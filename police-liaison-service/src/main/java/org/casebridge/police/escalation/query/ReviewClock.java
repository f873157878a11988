package org.casebridge.police.escalation.query;

import static org.casebridge.police.shared.ReadModels.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the escalation's MoPI review date, group and schedule row ({@code review_on}, {@code review_group},
 * {@code review_basis}, ADR 0083) from what its row holds, by the rules the review job applies (ADR 0053, 0069, 0076):
 * a review already marked due keeps its day and group; else a recorded crime's classification from its recording; else
 * a decline from the decline; else the last transfer (or the school's later escalation) of an escalation neither
 * declined nor recorded as a crime. Nothing when no clock runs. Run by the escalations projection after each event that
 * can move a clock, so a replay writes the same values.
 */
final class ReviewClock {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final MopiReviewSchedule schedule;

    ReviewClock(JdbcTemplate jdbc, MopiReviewSchedule schedule) {
        this.jdbc = jdbc;
        this.schedule = schedule;
    }

    /** The review that applies: the day it falls due, its MoPI group and the schedule row it comes from. */
    record Review(LocalDate on, int group, String basis) {}

    /** What decides the review, as the row holds it. */
    record Clocks(
            LocalDate markedDueOn,
            Integer markedGroup,
            String classification,
            Instant crimeRecordedAt,
            boolean declined,
            Instant declinedAt,
            Instant lastTransferAt,
            Instant roundOpenedAt) {}

    void refresh(String caseId) {
        List<Clocks> rows = jdbc.query(
                """
                SELECT review_due_on, mopi_group, classification, crime_recorded_at, status = 'DECLINED' AS declined,
                    declined_at, round_opened_at,
                    (SELECT max((t ->> 'at')::timestamptz) FROM jsonb_array_elements(transfers) t) AS last_transfer_at
                FROM police_escalation WHERE case_id = ?""",
                (rs, row) -> new Clocks(
                        rs.getObject("review_due_on", LocalDate.class),
                        (Integer) rs.getObject("mopi_group"),
                        rs.getString("classification"),
                        instant(rs, "crime_recorded_at"),
                        rs.getBoolean("declined"),
                        instant(rs, "declined_at"),
                        instant(rs, "last_transfer_at"),
                        instant(rs, "round_opened_at")),
                caseId);
        if (rows.isEmpty()) {
            return;
        }
        Review review = of(rows.getFirst());
        jdbc.update(
                "UPDATE police_escalation SET review_on = ?, review_group = ?, review_basis = ? WHERE case_id = ?",
                review == null ? null : review.on(),
                review == null ? null : review.group(),
                review == null ? null : review.basis(),
                caseId);
    }

    /** The review the clocks give, or null when none runs. */
    Review of(Clocks clocks) {
        String basis = null;
        Review scheduled = null;
        if (clocks.crimeRecordedAt() != null) {
            basis = clocks.classification();
            scheduled = schedule.ofCode(basis)
                    .map(r -> new Review(r.dueOn(day(clocks.crimeRecordedAt())), r.group(), clocks.classification()))
                    .orElse(null);
        } else if (clocks.declined() && clocks.declinedAt() != null) {
            basis = MopiReviewSchedule.NO_CRIME;
            MopiReviewSchedule.Review r = schedule.noCrime();
            scheduled = new Review(r.dueOn(day(clocks.declinedAt())), r.group(), basis);
        } else if (!clocks.declined() && clocks.lastTransferAt() != null) {
            basis = MopiReviewSchedule.TRANSFERRED;
            Instant from =
                    clocks.roundOpenedAt() != null && clocks.roundOpenedAt().isAfter(clocks.lastTransferAt())
                            ? clocks.roundOpenedAt()
                            : clocks.lastTransferAt();
            MopiReviewSchedule.Review r = schedule.transferred();
            scheduled = new Review(r.dueOn(day(from)), r.group(), basis);
        }
        if (clocks.markedDueOn() != null && clocks.markedGroup() != null) {
            return new Review(clocks.markedDueOn(), clocks.markedGroup(), basis);
        }
        return scheduled;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(UK).toLocalDate();
    }
}
