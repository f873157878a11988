package org.casebridge.notification.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.referral.command.AgencyCaseCommand.EraseAgencyCaseFreeTextCommand;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.AllegationRetention;
import org.casebridge.notification.referral.command.AllegationRetention.KeptUntil;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency cases' part of the daily retention job (ADR 0075): the LADO's record of an allegation whose period
 * ({@link AllegationRetention}: by outcome, the adults' normal pension ages and their consent, ADR 0084) ended before today (by the injected clock, UK time) loses its free
 * text. One agency case at a time, in its own transaction: the {@code AgencyCaseFreeTextErasedEvent} that records it
 * (who: the retention job as a system actor of the agency; when; the schedule's row and why), the agency case's key
 * destroyed for good, and the agency's portal drafts about the case deleted. An erased agency case is not found again;
 * one that fails is tried again on the next run. One whose school case is under a legal hold is passed over and
 * counted, and erased by the first run after the hold is lifted (the school's, ADR 0082, or a force's, ADR 0087). Logs
 * counts only.
 */
@Component
public class AgencyCaseRetention {

    private static final Logger log = LoggerFactory.getLogger(AgencyCaseRetention.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final RetentionSchedule schedule;
    private final SealingKeyVault keys;
    private final Clock clock;
    private final Counter erased;
    private final LegalHolds holds;

    public AgencyCaseRetention(
            JdbcTemplate jdbc,
            CommandGateway commands,
            PlatformTransactionManager transactionManager,
            RetentionSchedule schedule,
            SealingKeyVault keys,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.schedule = schedule;
        this.keys = keys;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.erased = Counter.builder("casebridge.retention.erasures")
                .description("Copies erased as their retention ended")
                .tag("record", "agency-case-free-text")
                .register(registry);
        this.holds = new LegalHolds(jdbc, registry, "agency-case-free-text");
    }

    /** What one run did. */
    public record Run(int erased, int held, int failed) {}

    private record Concluded(
            String agencyCaseId, String caseId, String agencyId, AllegationOutcome outcome, LocalDate on) {}

    public Run run() {
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        int done = 0;
        int failed = 0;
        int held = 0;
        Set<String> heldCases = holds.heldCases();
        for (Concluded concluded : concluded()) {
            KeptUntil kept = AllegationRetention.keptUntil(
                    schedule, concluded.outcome(), concluded.on(), adults(concluded.agencyCaseId()));
            if (!today.isAfter(kept.lastDay())) {
                continue;
            }
            if (heldCases.contains(concluded.caseId())) {
                held++;
                holds.passedOver();
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> eraseUnlessHeld(concluded, kept)))) {
                    done++;
                    erased.increment();
                } else {
                    held++;
                    holds.passedOver();
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn(
                        "Retention erasure of an agency case's free text failed ({}); it is tried again on the next run",
                        e.getClass().getSimpleName());
            }
        }
        log.info(
                "Retention run for {}: free text of {} agency cases erased, {} under a legal hold, {} failed",
                today,
                done,
                held,
                failed);
        return new Run(done, held, failed);
    }

    private List<Concluded> concluded() {
        return jdbc.query(
                """
                SELECT r.agency_case_id, a.case_id, a.agency_id, r.outcome, r.outcome_recorded_at
                FROM agency_lado_referral r JOIN agency_case a ON a.agency_case_id = r.agency_case_id
                WHERE r.outcome IS NOT NULL AND r.outcome_recorded_at IS NOT NULL AND r.free_text_erased_at IS NULL
                ORDER BY r.outcome_recorded_at, r.agency_case_id""",
                (rs, row) -> new Concluded(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        AllegationOutcome.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant().atZone(UK).toLocalDate()));
    }

    /** The adults of an agency case with the pension ages and consents the LADO recorded (ADR 0084). */
    private List<AllegationRetention.Adult> adults(String agencyCaseId) {
        return jdbc.query(
                "SELECT adult_ref, pension_age_on, retention_consent_at FROM agency_lado_adult WHERE agency_case_id = ?",
                (rs, row) -> new AllegationRetention.Adult(
                        rs.getString(1), rs.getObject(2, LocalDate.class), rs.getTimestamp(3) != null),
                agencyCaseId);
    }

    /** Erases unless a hold arrived since the run began, checked again in the erasure's own transaction (ADR 0082). */
    private boolean eraseUnlessHeld(Concluded concluded, KeptUntil kept) {
        if (holds.held(concluded.caseId())) {
            return false;
        }
        erase(concluded, kept);
        return true;
    }

    private void erase(Concluded concluded, KeptUntil kept) {
        commands.sendAndWait(new EraseAgencyCaseFreeTextCommand(
                concluded.agencyCaseId(),
                kept.record(),
                kept.lastDay(),
                CopiesErasure.retention(concluded.agencyId()),
                "Retention period ended (" + kept.why() + ", ADR 0084)"));
        keys.destroy(AgencyCaseId.sealingKey(concluded.agencyCaseId()));
        caseUuid(concluded.caseId())
                .ifPresent(caseId -> jdbc.update(
                        "DELETE FROM portal_draft WHERE case_id = ? AND owner_org = ?", caseId, concluded.agencyId()));
    }

    private static Optional<UUID> caseUuid(String caseId) {
        try {
            return Optional.of(UUID.fromString(caseId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
