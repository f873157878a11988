package org.casebridge.police.escalation.review;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of the MoPI review job: every recorded crime with no review due yet whose review date (by the injected
 * clock) has come, every escalation declined with no crime recorded whose group 3 review (from the decline, ADR 0069)
 * has come, and every escalation transferred to a force that has neither declined it nor recorded a crime whose group
 * 3 review (from the last transfer, or the school's later escalation, ADR 0076) has come, is marked due for review
 * through its escalation, one command each; a refusal is counted and the run carries on. An escalation under a legal
 * hold is passed over until the hold is lifted (ADR 0081): the first run after that marks it. Logs counts only.
 */
public class MopiReview {

    private static final Logger log = LoggerFactory.getLogger(MopiReview.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final MopiReviewSchedule schedule;
    private final Clock clock;
    private final Counter due;

    public MopiReview(
            JdbcTemplate jdbc,
            CommandGateway commands,
            MopiReviewSchedule schedule,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.schedule = schedule;
        this.clock = clock;
        this.due = Counter.builder("casebridge.mopi.reviews.due")
                .description("Records marked due for their MoPI review")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** What one run did. */
    public record Run(List<String> dueForReview, int failed) {}

    /** A record that may be due: its case, the review that applies and the day its clock started. */
    private record Candidate(String caseId, MopiReviewSchedule.Review review, Timestamp from) {}

    /** Marks the records whose review date has come, by the injected clock, due for review. */
    public Run run() {
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        List<Candidate> candidates = new ArrayList<>();
        jdbc.query("""
                SELECT case_id, classification, crime_recorded_at FROM police_escalation
                WHERE crime_recorded_at IS NOT NULL AND review_due_on IS NULL AND legal_hold_since IS NULL ORDER BY crime_recorded_at""", rs -> {
            String caseId = rs.getString(1);
            Timestamp recordedAt = rs.getTimestamp(3);
            schedule.ofCode(rs.getString(2))
                    .ifPresent(review -> candidates.add(new Candidate(caseId, review, recordedAt)));
        });
        candidates.addAll(
                jdbc.query("""
                SELECT case_id, declined_at FROM police_escalation
                WHERE status = 'DECLINED' AND crime_recorded_at IS NULL AND declined_at IS NOT NULL
                    AND review_due_on IS NULL AND legal_hold_since IS NULL ORDER BY declined_at""", (rs, row) -> new Candidate(rs.getString(1), schedule.noCrime(), rs.getTimestamp(2))));
        candidates.addAll(jdbc.query(
                """
                SELECT case_id, GREATEST(round_opened_at,
                        (SELECT max((t ->> 'at')::timestamptz) FROM jsonb_array_elements(transfers) t))
                FROM police_escalation
                WHERE jsonb_array_length(transfers) > 0 AND crime_recorded_at IS NULL AND status <> 'DECLINED'
                    AND review_due_on IS NULL AND legal_hold_since IS NULL ORDER BY case_id""", (rs, row) -> new Candidate(rs.getString(1), schedule.transferred(), rs.getTimestamp(2))));
        List<String> flagged = new ArrayList<>();
        int failed = 0;
        for (Candidate candidate : candidates) {
            LocalDate dueOn = candidate
                    .review()
                    .dueOn(candidate.from().toInstant().atZone(UK).toLocalDate());
            if (dueOn.isAfter(today)) {
                continue;
            }
            try {
                commands.sendAndWait(new FlagCrimeRecordForReviewCommand(
                        candidate.caseId(), candidate.review().group(), dueOn));
                flagged.add(candidate.caseId());
                due.increment();
            } catch (RuntimeException e) {
                failed++;
                log.warn(
                        "Marking a record due for review failed ({})",
                        e.getClass().getSimpleName());
            }
        }
        log.info("MoPI review run for {}: {} records due for review, {} failed", today, flagged.size(), failed);
        return new Run(List.copyOf(flagged), failed);
    }

    /** The job as the db-scheduler task {@code mopi-review}: daily, one instance, resumed after a restart. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        MopiReviewSchedule mopiReviewSchedule(
                @Value("${casebridge.reference.mopi-review:classpath:reference/mopi-review.csv}") Resource source)
                throws IOException {
            try (InputStream csv = source.getInputStream()) {
                return new MopiReviewSchedule(csv, source.getDescription());
            }
        }

        @Bean
        MopiReview mopiReview(
                JdbcTemplate jdbc,
                CommandGateway commands,
                MopiReviewSchedule schedule,
                Clock clock,
                ObjectProvider<MeterRegistry> meters) {
            return new MopiReview(jdbc, commands, schedule, clock, meters);
        }

        @Bean
        RecurringTask<Void> mopiReviewTask(
                MopiReview review, @Value("${casebridge.police.mopi-review-at:03:00}") LocalTime at) {
            return Tasks.recurring("mopi-review", Schedules.daily(UK, at)).execute((instance, context) -> review.run());
        }
    }
}
