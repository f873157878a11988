package org.casebridge.notification.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partnership report's tables, counted per area and month (Europe/London) from the facts the intake stored and
 * from the agency cases' acknowledgement clocks (children's social care's and the LADO's). A police fact arrives before
 * the school's report or referral that gives its case an area only when the topics are read out of step; it waits in
 * {@code partnership_pending_fact} and is counted when the area is known. An outcome counted before its referral is
 * known waits there for its days. The group is sequenced by case ({@link PartnershipReportSequencing}), so a case's events are
 * applied in store order, and its reset handler empties every table, so a replay (ADR 0050) rebuilds it. The counts
 * are written once a batch, in one order of rows ({@link PartnershipCounts}, ADR 0097): the segments share them.
 */
@Component
@ProcessingGroup(PartnershipReportProjection.GROUP)
public class PartnershipReportProjection {

    public static final String GROUP = "partnership-report";
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    /**
     * A pending fact that is only the days from referral to an outcome already counted: the case's area came first
     * with its report (ADR 0067) and the outcome before its referral, read from the other topic.
     */
    static final String REFERRAL_TO_OUTCOME = "REFERRAL_TO_OUTCOME";

    private final JdbcTemplate jdbc;

    public PartnershipReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipFactsRecordedEvent event) {
        Instant referredAt = event.facts().stream()
                .filter(fact -> fact.measure().equals(PartnershipMeasure.REFERRED.name()))
                .map(PartnershipFact::at)
                .min(Instant::compareTo)
                .orElse(null);
        if (event.localAuthorityCode() != null) {
            knowCase(event.caseId(), event.localAuthorityCode(), referredAt);
        }
        counting(counts -> {
            for (PartnershipFact fact : event.facts()) {
                count(counts, event.caseId(), fact.measure(), fact.category(), fact.at());
            }
            if (event.localAuthorityCode() != null) {
                countPending(counts, event.caseId());
            }
        });
    }

    @EventHandler
    void on(AgencyCaseEvent.ReferralReceivedEvent event) {
        knowCase(event.caseId(), event.localAuthorityCode(), null);
        countPendingOf(event.caseId());
    }

    @EventHandler
    void on(AgencyCaseEvent.ReferralAcknowledgedEvent event) {
        if (!event.late()) {
            countOne(event.caseId(), PartnershipMeasure.CSC_ACKNOWLEDGEMENT.name(), "MET", event.acknowledgedAt());
        }
    }

    @EventHandler
    void on(AgencyCaseEvent.AcknowledgementOverdueEvent event) {
        countOne(event.caseId(), PartnershipMeasure.CSC_ACKNOWLEDGEMENT.name(), "MISSED", event.acknowledgeBy());
    }

    /** A LADO referral gives its case an area too: the area of the school's case (ADR 0065). */
    @EventHandler
    void on(AgencyCaseEvent.LadoReferralReceivedEvent event) {
        knowCase(event.caseId(), event.localAuthorityCode(), null);
        countPendingOf(event.caseId());
    }

    @EventHandler
    void on(AgencyCaseEvent.LadoReferralAcknowledgedEvent event) {
        if (!event.late()) {
            countOne(event.caseId(), PartnershipMeasure.LADO_ACKNOWLEDGEMENT.name(), "MET", event.acknowledgedAt());
        }
    }

    @EventHandler
    void on(AgencyCaseEvent.LadoAcknowledgementOverdueEvent event) {
        countOne(event.caseId(), PartnershipMeasure.LADO_ACKNOWLEDGEMENT.name(), "MISSED", event.acknowledgeBy());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM partnership_count");
        jdbc.update("DELETE FROM partnership_duration");
        jdbc.update("DELETE FROM partnership_case");
        jdbc.update("DELETE FROM partnership_pending_fact");
    }

    /** The first day of the month the instant falls in, in England. */
    static LocalDate monthOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE).withDayOfMonth(1);
    }

    private void knowCase(String caseId, String area, Instant referredAt) {
        jdbc.update("""
                INSERT INTO partnership_case (case_id, local_authority_code, referred_at) VALUES (?, ?, ?)
                ON CONFLICT (case_id) DO UPDATE SET
                    local_authority_code = COALESCE(partnership_case.local_authority_code, EXCLUDED.local_authority_code),
                    referred_at = LEAST(partnership_case.referred_at, EXCLUDED.referred_at)""", caseId, area, referredAt == null ? null : Timestamp.from(referredAt));
    }

    private record KnownCase(String area, Instant referredAt) {}

    private KnownCase knownCase(String caseId) {
        List<KnownCase> found = jdbc.query(
                "SELECT local_authority_code, referred_at FROM partnership_case WHERE case_id = ?",
                (rs, row) -> new KnownCase(
                        rs.getString("local_authority_code"),
                        rs.getTimestamp("referred_at") == null
                                ? null
                                : rs.getTimestamp("referred_at").toInstant()),
                caseId);
        return found.isEmpty() ? new KnownCase(null, null) : found.getFirst();
    }

    /** Runs a handler's counting and adds its counts to the batch's once it has returned (ADR 0097). */
    private void counting(Consumer<PartnershipCounts> handler) {
        PartnershipCounts counts = new PartnershipCounts();
        handler.accept(counts);
        counts.addToBatch(jdbc);
    }

    private void countOne(String caseId, String measure, String category, Instant at) {
        counting(counts -> count(counts, caseId, measure, category, at));
    }

    private void countPendingOf(String caseId) {
        counting(counts -> countPending(counts, caseId));
    }

    private void count(PartnershipCounts counts, String caseId, String measure, String category, Instant at) {
        KnownCase known = knownCase(caseId);
        boolean daysOnly = measure.equals(REFERRAL_TO_OUTCOME);
        if (known.area() == null || (daysOnly && known.referredAt() == null)) {
            pend(caseId, measure, category, at);
            return;
        }
        LocalDate month = monthOf(at);
        if (!daysOnly) {
            counts.add(known.area(), month, measure, category);
        }
        if (measure.equals(PartnershipMeasure.OUTCOME.name()) || daysOnly) {
            if (known.referredAt() == null) {
                pend(caseId, REFERRAL_TO_OUTCOME, category, at);
                return;
            }
            long days = Duration.between(known.referredAt(), at).toDays();
            jdbc.update(
                    "INSERT INTO partnership_duration (local_authority_code, month, days) VALUES (?, ?, ?)",
                    known.area(),
                    Date.valueOf(month),
                    (int) Math.max(0, days));
        }
    }

    private void pend(String caseId, String measure, String category, Instant at) {
        jdbc.update(
                "INSERT INTO partnership_pending_fact (case_id, measure, category, happened_at) VALUES (?, ?, ?, ?)",
                caseId,
                measure,
                category,
                Timestamp.from(at));
    }

    private void countPending(PartnershipCounts counts, String caseId) {
        List<PartnershipFact> pending = jdbc.query(
                "SELECT measure, category, happened_at FROM partnership_pending_fact WHERE case_id = ?"
                        + " ORDER BY pending_id",
                (rs, row) -> new PartnershipFact(
                        rs.getString("measure"),
                        rs.getString("category"),
                        rs.getTimestamp("happened_at").toInstant()),
                caseId);
        if (pending.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM partnership_pending_fact WHERE case_id = ?", caseId);
        pending.forEach(fact -> count(counts, caseId, fact.measure(), fact.category(), fact.at()));
    }
}
